using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Benchmarks
{
    /// <summary>
    /// The medians over the measured repeats (the warm-up is not among them), summed over the codebase's projects.
    /// </summary>
    public sealed class BenchmarkResult
    {
        public BenchmarkResult(string codebase, int projects, int lines, ImmutableArray<AnalyzerPack> packs, IReadOnlyList<IReadOnlyList<CompilationTimes>> repeats)
        {
            Codebase = codebase;
            Projects = projects;
            Lines = lines;
            Packs = packs;
            Repeats = repeats.Count;
            Diagnose = Median(repeats.Select(r => Sum(r.Select(c => c.Diagnose))));
            EmittedProjects = repeats[0].Count(c => c.Emit is not null);
            Emit = Median(repeats.Select(r => Sum(r.Select(c => c.Emit ?? TimeSpan.Zero))));
            Analysis = Median(repeats.Select(r => Sum(r.Select(c => c.Analysis))));
            CompilerErrors = repeats[0].Sum(c => c.CompilerErrors);
            AnalyzerExceptions = repeats.Sum(r => r.Sum(c => c.AnalyzerExceptions));
            PerAnalyzer = packs.SelectMany(p => p.Analyzers)
                .ToDictionary(a => a, a => Median(repeats.Select(r => Sum(r.Select(c => c.PerAnalyzer[a])))));
            var ids = repeats[0].SelectMany(c => c.DiagnosticIds).ToList();
            DiagnosticsPerPack = packs.ToDictionary(
                p => p.Name,
                p =>
                {
                    var supported = p.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
                    return ids.Count(supported.Contains);
                });
        }

        public string Codebase { get; }

        public int Projects { get; }

        public int Lines { get; }

        public ImmutableArray<AnalyzerPack> Packs { get; }

        public int Repeats { get; }

        public TimeSpan Diagnose { get; }

        public int EmittedProjects { get; }

        public TimeSpan Emit { get; }

        public TimeSpan Analysis { get; }

        public int CompilerErrors { get; }

        public int AnalyzerExceptions { get; }

        public IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> PerAnalyzer { get; }

        public IReadOnlyDictionary<string, int> DiagnosticsPerPack { get; }

        public TimeSpan PackTime(AnalyzerPack pack) => Sum(pack.Analyzers.Select(a => PerAnalyzer[a]));

        private static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (a, b) => a + b);

        private static TimeSpan Median(IEnumerable<TimeSpan> times)
        {
            var sorted = times.OrderBy(t => t).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
