using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHack.Cli.Scanning
{
    /// <summary>Everything one scan needs; the defaults are the command line's defaults.</summary>
    public sealed record ScanRequest(string Path)
    {
        /// <summary>Load with MSBuildWorkspace (runs the projects' build logic: trusted code only) instead of reading XML.</summary>
        public bool UseMsBuild { get; init; }

        public RuleFilter Rules { get; init; } = RuleFilter.All;

        public PathFilter Paths { get; init; } = PathFilter.All;

        /// <summary>Limit findings to files changed since this git revision (plus untracked files).</summary>
        public string? ChangedSince { get; init; }

        /// <summary>The analyzers to run: the package's, unless a test substitutes its own.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; init; } = AnalyzerCatalog.All;

        /// <summary>Evidence from the test projects for the production projects (the test inputs by default); none when null.</summary>
        public TestEvidenceCollector? CollectTestEvidence { get; init; } = TestInputsEvidence.Collect;
    }
}
