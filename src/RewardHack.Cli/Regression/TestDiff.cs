using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Scanning;

namespace RewardHack.Cli.Regression
{
    /// <summary>
    /// `rewardhack diff`: materialises the base (and head) revision read-only, fingerprints the tests of both, matches them
    /// (<see cref="TestMatcher"/>), reports RH0701–RH0705 (<see cref="RegressionRules"/>), and adds the findings of a full
    /// scan of the head that fall in the files the diff touches. One <see cref="ScanResult"/>, rooted at the given folder.
    /// </summary>
    public static class TestDiff
    {
        public static async Task<ScanOutcome> RunAsync(DiffRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            if (Scanner.RootOf(request.Path) is not { } root || !System.IO.Directory.Exists(root))
            {
                return ScanOutcome.Failed($"'{request.Path}' is not a folder.");
            }

            if ((Refused(request.Base) ?? (request.Head is null ? null : Refused(request.Head))) is { } refused)
            {
                return ScanOutcome.Failed(refused);
            }

            if (GitCommand.Run(root, ["rev-parse", "--is-inside-work-tree"], out _, out var gitError) != 0)
            {
                return ScanOutcome.Failed(gitError.Contains("not installed", StringComparison.Ordinal) ? "diff: " + gitError : $"diff needs a git repository, and '{root}' is not in one.");
            }

            foreach (var revision in new[] { request.Base, request.Head }.OfType<string>())
            {
                if (GitCommand.Run(root, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], out _, out _) != 0)
                {
                    return ScanOutcome.Failed($"diff: git does not know the revision '{revision}'.");
                }
            }

            if (RevisionTree.ChangedFiles(root, request.Base, request.Head, out var error) is not { } changed)
            {
                return ScanOutcome.Failed(error!);
            }

            progress?.Report("Exporting " + request.Base);
            using var baseTree = RevisionTree.Export(root, request.Base, out error);
            if (baseTree is null)
            {
                return ScanOutcome.Failed(error!);
            }

            using var headTree = request.Head is null ? RevisionTree.WorkingTree(root) : RevisionTree.Export(root, request.Head, out error);
            if (headTree is null)
            {
                return ScanOutcome.Failed(error!);
            }

            progress?.Report("Fingerprinting the tests");
            var baseTests = TestSnapshot.Load(baseTree.Root, cancellationToken, out error);
            var headTests = baseTests is null ? null : TestSnapshot.Load(headTree.Root, cancellationToken, out error);
            if (baseTests is null || headTests is null)
            {
                return ScanOutcome.Failed(error!);
            }

            var findings = Regressions(baseTests, headTests, changed, cancellationToken).ToList();

            var scanned = new ScanResult(root, [], [], [], 0, TimeSpan.Zero);
            if (request.ScanTouchedFiles)
            {
                progress?.Report("Scanning the changed files");
                var scan = await Scanner.ScanAsync(new ScanRequest(headTree.Root) { Analyzers = request.Analyzers }, progress, cancellationToken).ConfigureAwait(false);
                if (scan.Result is null)
                {
                    return scan;
                }

                scanned = scan.Result;
                findings.AddRange(scanned.Findings.Where(f => changed.Contains(f.Path)));
            }

            var kept = findings
                .Where(f => request.Rules.Includes(f.RuleId) && request.Paths.Includes(f.Path))
                .Distinct()
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Span.StartLine)
                .ThenBy(f => f.Span.StartColumn)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToImmutableArray();
            return new ScanOutcome(new ScanResult(root, kept, scanned.Notices, scanned.Failures, scanned.FilesScanned, stopwatch.Elapsed), null);
        }

        private static IEnumerable<Finding> Regressions(TestSnapshot baseTests, TestSnapshot headTests, ImmutableHashSet<string> changed, CancellationToken cancellationToken)
        {
            // The code under test that changed: the types declared in production files the diff touches, at either revision.
            var changedTypes = headTests.ProductionTypes.Concat(baseTests.ProductionTypes)
                .Where(file => changed.Contains(file.Key))
                .SelectMany(file => file.Value)
                .ToImmutableHashSet(StringComparer.Ordinal);
            return TestMatcher.Match(baseTests, headTests, cancellationToken).SelectMany(match => RegressionRules.Check(match, changedTypes));
        }

        private static string? Refused(string revision) =>
            revision.Length == 0 || revision.StartsWith('-') || revision.Any(char.IsWhiteSpace) || revision.Contains(':', StringComparison.Ordinal)
                ? $"'{revision}' is not a git revision."
                : null;
    }
}
