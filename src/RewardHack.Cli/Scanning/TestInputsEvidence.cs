using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RewardHack.Cli.Loading;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// The scanner's test evidence: the literals the test projects pass to the code under test, handed to every production
    /// project as the test-inputs file (docs/test-inputs.md), so RH0202 can name the test in another project that a
    /// special case answers. The build cannot see across projects; the scan can.
    /// </summary>
    public static class TestInputsEvidence
    {
        /// <summary>Where the file appears to the analyzers; no file is written.</summary>
        public const string VirtualPath = "rewardhack-scan/" + TestInputs.FileName;

        public static ImmutableArray<AdditionalText> Collect(ImmutableArray<LoadedProject> testProjects, CancellationToken cancellationToken)
        {
            var inputs = testProjects
                .SelectMany(p => TestInputs.Collect(p.Compilation, p.AnalyzerOptions, cancellationToken))
                .ToImmutableArray();
            return inputs.IsEmpty
                ? []
                : [new FileAdditionalText(VirtualPath, SourceText.From(TestInputs.Format(inputs)))];
        }
    }
}
