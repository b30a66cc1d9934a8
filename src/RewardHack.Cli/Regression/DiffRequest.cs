using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHack.Cli.Scanning;

namespace RewardHack.Cli.Regression
{
    /// <summary>One `rewardhack diff`: the folder (inside a git repository), the base revision, the head revision (null: the working tree).</summary>
    public sealed record DiffRequest(string Path, string Base)
    {
        public string? Head { get; init; }

        public RuleFilter Rules { get; init; } = RuleFilter.All;

        public PathFilter Paths { get; init; } = PathFilter.All;

        /// <summary>Also scan the head and keep the findings in the files the diff touches (the command always does).</summary>
        public bool ScanTouchedFiles { get; init; } = true;

        /// <summary>The analyzers the scan of the touched files runs: the package's, unless a test substitutes its own.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; init; } = AnalyzerCatalog.All;
    }
}
