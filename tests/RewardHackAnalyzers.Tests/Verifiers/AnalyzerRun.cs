using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.Tests.Verifiers
{
    /// <summary>What running every analyzer of the package over one compiled file produced.</summary>
    internal sealed record AnalyzerRunResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> AnalyzerExceptions)
    {
        /// <summary>The distinct ids reported, in order (a list: xUnit compares <see cref="ImmutableArray{T}"/> by reference).</summary>
        public IReadOnlyList<string> ReportedIds =>
            Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Compiles one C# file (failing on compiler errors) and runs all the package's analyzers over it at once, as the
    /// compiler does, so a finding depends on the whole package and not on one analyzer in isolation.
    /// </summary>
    internal static class AnalyzerRun
    {
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(() =>
            typeof(Rules).Assembly.GetTypes()
                .Where(t => !t.IsAbstract
                    && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                    && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray());

        /// <summary>Every concrete analyzer the compiler would load from the RewardHackAnalyzers assembly.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers => Analyzers.Value;

        public static async Task<AnalyzerRunResult> RunAsync(string source, ReferenceAssemblies references)
        {
            var compiled = await TestCompilation.CompileAsync(references, source);
            return await RunAsync(compiled.Compilation);
        }

        /// <summary>As above, with <paramref name="additionalFiles"/> (a test-contract file) handed to the analyzers.</summary>
        public static async Task<AnalyzerRunResult> RunAsync(string source, ReferenceAssemblies references, ImmutableArray<AdditionalText> additionalFiles)
        {
            var compiled = await TestCompilation.CompileAsync(references, source);
            return await RunAsync(compiled.Compilation, additionalFiles);
        }

        /// <summary>Runs every analyzer over <paramref name="compilation"/>, which may have compiler errors.</summary>
        public static Task<AnalyzerRunResult> RunAsync(Compilation compilation) =>
            RunAsync(compilation, ImmutableArray<AdditionalText>.Empty);

        private static async Task<AnalyzerRunResult> RunAsync(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles)
        {
            Assert.NotEmpty(AllAnalyzers);
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(AllAnalyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            return new AnalyzerRunResult(diagnostics, exceptions.ToImmutableArray());
        }
    }
}
