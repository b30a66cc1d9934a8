using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.Tests.Seeds
{
    /// <summary>What compiling one file and running every analyzer of the package over it produced.</summary>
    internal sealed record AnalyzerRunResult(
        ImmutableArray<Diagnostic> CompilerErrors,
        ImmutableArray<Diagnostic> AnalyzerDiagnostics,
        ImmutableArray<string> AnalyzerExceptions)
    {
        /// <summary>The distinct ids reported by the analyzers, in order.</summary>
        public ImmutableArray<string> ReportedIds =>
            AnalyzerDiagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>
    /// Compiles a single C# file the way a consumer project would see it and runs all the package's analyzers at once,
    /// as the compiler does, so a finding depends on the whole package and not on one analyzer in isolation.
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

        public static async Task<AnalyzerRunResult> RunAsync(string path, string source, ReferenceAssemblies references)
        {
            if (AllAnalyzers.IsEmpty)
            {
                throw new InvalidOperationException("The RewardHackAnalyzers assembly has no analyzers to run.");
            }

            var metadata = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path);
            var compilation = CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(path),
                new[] { tree },
                metadata,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var analyzerDiagnostics = await compilation.WithAnalyzers(AllAnalyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            return new AnalyzerRunResult(
                compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray(),
                analyzerDiagnostics,
                exceptions.ToImmutableArray());
        }
    }
}
