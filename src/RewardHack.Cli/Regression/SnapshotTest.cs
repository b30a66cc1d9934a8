using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Regression
{
    /// <summary>A test of one version: its fingerprint, and where it is (relative path, span of the method's name).</summary>
    internal sealed record SnapshotTest(TestFingerprint Fingerprint, string Path, SourceSpan Span)
    {
        public string Id => Fingerprint.Id;
    }
}
