using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Benchmarks
{
    /// <summary>
    /// One measurement of one compilation. Each step starts from a fresh <see cref="Compilation.Clone"/>, so no step
    /// profits from binding another step already did (the compiler caches per compilation, and so do the analyzers).
    /// </summary>
    public static class CompilationTimer
    {
        public static async Task<CompilationTimes> MeasureAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            // One thread, like the analyzers below: the share of compile time compares like with like.
            compilation = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
            var watch = Stopwatch.StartNew();
            var compilerDiagnostics = compilation.Clone().GetDiagnostics(cancellationToken);
            var diagnose = watch.Elapsed;

            var errors = compilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            TimeSpan? emit = null;
            if (errors == 0)
            {
                using var stream = new MemoryStream();
                watch.Restart();
                compilation.Clone().Emit(stream, cancellationToken: cancellationToken);
                emit = watch.Elapsed;
            }

            var exceptions = 0;
            var withAnalyzers = compilation.Clone().WithAnalyzers(
                analyzers,
                // Sequential analysis: each callback's time is its own, not shared with whatever ran beside it.
                new CompilationWithAnalyzersOptions(options, (_, _, _) => Interlocked.Increment(ref exceptions), concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            watch.Restart();
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var analysis = watch.Elapsed;

            var perAnalyzer = new Dictionary<DiagnosticAnalyzer, TimeSpan>();
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
                perAnalyzer[analyzer] = telemetry.ExecutionTime;
            }

            return new CompilationTimes(diagnose, emit, analysis, errors, perAnalyzer, diagnostics.Select(d => d.Id).ToImmutableArray(), exceptions);
        }
    }

    /// <param name="Diagnose">GetDiagnostics: declarations and every method body bound.</param>
    /// <param name="Emit">Emit to memory; null when the compilation has errors (nothing would be emitted).</param>
    /// <param name="Analysis">Wall time of the analyzer run (includes the binding the driver needs).</param>
    public sealed record CompilationTimes(
        TimeSpan Diagnose,
        TimeSpan? Emit,
        TimeSpan Analysis,
        int CompilerErrors,
        IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> PerAnalyzer,
        ImmutableArray<string> DiagnosticIds,
        int AnalyzerExceptions);
}
