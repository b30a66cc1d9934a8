using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using RewardHack.Cli.BuildTampering;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.BuildTampering
{
    /// <summary>Runs repository checks over a <see cref="TempTree"/> and renders each finding as one exact line: id, path, span, message.</summary>
    internal static class RepositoryScan
    {
        public static IReadOnlyList<string> Run(IRepositoryCheck check, TempTree tree) => Render(check.Check(FilesOf(tree), CancellationToken.None));

        /// <summary>Every check the scanner runs, as the scanner runs them.</summary>
        public static IReadOnlyList<string> RunAll(TempTree tree) =>
            Render(RepositoryChecks.All.SelectMany(c => c.Check(FilesOf(tree), CancellationToken.None)));

        /// <summary>The tree as the scanner core hands it to the checks: every file except bin/obj/.git, solutions and projects picked out.</summary>
        public static RepositoryFiles FilesOf(TempTree tree)
        {
            var all = Directory.GetFiles(tree.Root, "*", SearchOption.AllDirectories)
                .Where(p => !Path.GetRelativePath(tree.Root, p).Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj" or ".git"))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToImmutableArray();
            return new RepositoryFiles(
                tree.Root,
                all.Where(p => p.EndsWith(".sln", StringComparison.Ordinal) || p.EndsWith(".slnx", StringComparison.Ordinal)).ToImmutableArray(),
                all.Where(p => p.EndsWith(".csproj", StringComparison.Ordinal)).ToImmutableArray(),
                all);
        }

        public static string Render(Finding f) =>
            $"{f.RuleId} {f.Severity} {f.Path}({f.Span.StartLine},{f.Span.StartColumn}-{f.Span.EndLine},{f.Span.EndColumn}): {f.Message}";

        private static List<string> Render(IEnumerable<Finding> findings) => findings.Select(Render).ToList();
    }
}
