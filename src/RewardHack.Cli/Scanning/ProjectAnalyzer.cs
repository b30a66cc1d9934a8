using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// Runs the analyzers on one project with <see cref="CompilationWithAnalyzers"/>. Only analyzer diagnostics become
    /// findings: compiler errors are expected on code whose references were only partly resolved. An analyzer that throws
    /// is an <see cref="AnalyzerFailure"/>, never hidden.
    /// </summary>
    public static class ProjectAnalyzer
    {
        private const string AnalyzerExceptionId = "AD0001";

        /// <param name="extraAdditionalFiles">
        /// Additional files the scan adds to the project's own, e.g. evidence collected from the test projects for a
        /// production project (see <see cref="TestEvidenceCollector"/>).
        /// </param>
        public static async Task<ProjectAnalysis> AnalyzeAsync(
            LoadedProject project,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            ImmutableArray<AdditionalText> extraAdditionalFiles,
            string root,
            CancellationToken cancellationToken)
        {
            var failures = new ConcurrentDictionary<(string, string), AnalyzerFailure>();
            void Failed(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic _)
            {
                var name = analyzer.GetType().Name;
                failures.TryAdd((name, exception.Message), new AnalyzerFailure(name, project.Name, exception.GetType().Name + ": " + exception.Message));
            }

            var options = new AnalyzerOptions(
                project.AnalyzerOptions.AdditionalFiles.AddRange(extraAdditionalFiles),
                project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
            var withAnalyzers = project.Compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(options, Failed, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

            var findings = diagnostics
                .Where(d => d.Id != AnalyzerExceptionId && !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden)
                .Select(d => DiagnosticMapper.ToFinding(d, root, project.ProjectFile))
                .ToImmutableArray();
            // The exception handler sees every analyzer exception; an AD0001 it did not see (none expected) is still kept.
            var reported = diagnostics.Where(d => d.Id == AnalyzerExceptionId && failures.IsEmpty)
                .Select(d => new AnalyzerFailure("(unknown analyzer)", project.Name, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            return new ProjectAnalysis(project.Name, findings, failures.Values.Concat(reported).ToImmutableArray());
        }
    }
}
