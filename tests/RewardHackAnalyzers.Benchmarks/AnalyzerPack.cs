using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Benchmarks
{
    /// <summary>One package's analyzers, measured and reported together.</summary>
    public sealed record AnalyzerPack(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers);
}
