using System.Collections.Immutable;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Scanning
{
    /// <summary>What the analyzers reported on one project: its findings and any analyzer that threw.</summary>
    public sealed record ProjectAnalysis(string Project, ImmutableArray<Finding> Findings, ImmutableArray<AnalyzerFailure> Failures);
}
