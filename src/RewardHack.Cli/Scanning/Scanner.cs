using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.BuildTampering;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// One scan: resolve the path, load the projects, analyse test projects first and production projects after (so they
    /// can receive the test projects' evidence), run the repository checks, then filter the findings.
    /// </summary>
    public static class Scanner
    {
        public static async Task<ScanOutcome> ScanAsync(ScanRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            var root = RootOf(request.Path);
            if (root is null)
            {
                return ScanOutcome.Failed($"'{request.Path}' does not exist.");
            }

            var notices = new NoticeLog(root);
            progress?.Report("Reading the tree");
            if (ScanInputResolver.Resolve(request.Path, notices, out var inputError) is not { } input)
            {
                return ScanOutcome.Failed(inputError!);
            }

            ImmutableHashSet<string>? changed = null;
            if (request.ChangedSince is { } revision && (changed = ChangedFiles.Since(root, revision, out var gitError)) is null)
            {
                return ScanOutcome.Failed(gitError!);
            }

            progress?.Report("Loading projects");
            var projects = request.UseMsBuild
                ? await MsBuildProjectLoader.LoadAsync(input, notices, cancellationToken).ConfigureAwait(false)
                : XmlProjectLoader.Load(input, notices, cancellationToken);

            var failures = new List<AnalyzerFailure>();
            var findings = new List<Finding>();
            var scanned = projects.Where(p => p.IsScanned).ToImmutableArray();
            var tests = scanned.Where(p => p.IsTestProject).ToImmutableArray();
            var production = scanned.Where(p => !p.IsTestProject).ToImmutableArray();

            var counter = new ProgressCounter(progress, scanned.Length);
            Collect(await AnalyzeAllAsync(tests, request, [], root, counter, cancellationToken).ConfigureAwait(false), findings, failures);
            var evidence = request.CollectTestEvidence?.Invoke(tests, cancellationToken) ?? [];
            Collect(await AnalyzeAllAsync(production, request, evidence, root, counter, cancellationToken).ConfigureAwait(false), findings, failures);

            progress?.Report("Checking build and CI files");
            findings.AddRange(RepositoryScan.Run(RepositoryChecks.All, RepositoryScan.FilesOf(input), failures, cancellationToken));

            var kept = findings
                .Where(f => request.Rules.Includes(f.RuleId) && request.Paths.Includes(f.Path) && (changed is null || changed.Contains(f.Path)))
                .Distinct()
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Span.StartLine)
                .ThenBy(f => f.Span.StartColumn)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ToImmutableArray();
            var filesScanned = scanned.SelectMany(p => p.Compilation.SyntaxTrees).Select(t => t.FilePath).Distinct(ScanPaths.Comparer).Count();
            return new ScanOutcome(new ScanResult(root, kept, notices.ToImmutable(), [.. failures], filesScanned, stopwatch.Elapsed), null);
        }

        /// <summary>The folder findings are relative to: the scanned folder, or the folder of the scanned file.</summary>
        public static string? RootOf(string path)
        {
            var full = Path.GetFullPath(path);
            return Directory.Exists(full) ? Path.TrimEndingDirectorySeparator(full)
                : File.Exists(full) ? Path.GetDirectoryName(full)
                : null;
        }

        private static async Task<ProjectAnalysis[]> AnalyzeAllAsync(
            ImmutableArray<LoadedProject> projects,
            ScanRequest request,
            ImmutableArray<AdditionalText> extraAdditionalFiles,
            string root,
            ProgressCounter counter,
            CancellationToken cancellationToken)
        {
            var results = new ConcurrentBag<ProjectAnalysis>();
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(projects, options, async (project, ct) =>
            {
                results.Add(await ProjectAnalyzer.AnalyzeAsync(project, request.Analyzers, extraAdditionalFiles, root, ct).ConfigureAwait(false));
                counter.Done(project.Name);
            }).ConfigureAwait(false);
            return [.. results];
        }

        private static void Collect(IEnumerable<ProjectAnalysis> analyses, List<Finding> findings, List<AnalyzerFailure> failures)
        {
            foreach (var analysis in analyses.OrderBy(a => a.Project, StringComparer.Ordinal))
            {
                findings.AddRange(analysis.Findings);
                failures.AddRange(analysis.Failures);
            }
        }

        private sealed class ProgressCounter(IProgress<string>? progress, int total)
        {
            private int done;

            public void Done(string project) => progress?.Report($"Analysed {project} ({Interlocked.Increment(ref done)}/{total})");
        }
    }
}
