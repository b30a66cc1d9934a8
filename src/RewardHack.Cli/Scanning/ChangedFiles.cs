using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// `--changed-since REV`: the files changed since a revision (committed, staged or not) plus untracked ones, relative to
    /// the scan root. Only read-only git commands run (see <see cref="GitCommand"/>).
    /// </summary>
    public static class ChangedFiles
    {
        /// <summary>The changed files, or null with a one-line reason (not a git repository, unknown revision, no git).</summary>
        public static ImmutableHashSet<string>? Since(string root, string revision, out string? error)
        {
            error = null;

            if (revision.StartsWith('-') || revision.Any(char.IsWhiteSpace))
            {
                error = $"'{revision}' is not a git revision.";
                return null;
            }

            var inRepository = GitCommand.Run(root, ["rev-parse", "--is-inside-work-tree"], out _, out var gitError);
            if (inRepository != 0)
            {
                error = inRepository == GitCommand.NoGit ? "--changed-since: " + gitError : $"--changed-since needs a git repository, and '{root}' is not in one.";
                return null;
            }

            if (GitCommand.Run(root, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], out _, out _) != 0)
            {
                error = $"--changed-since: git does not know the revision '{revision}'.";
                return null;
            }

            if (GitCommand.Run(root, ["diff", "--name-only", "-z", "--relative", "--no-ext-diff", "--no-textconv", revision, "--"], out var changed, out var diffError) != 0
                || GitCommand.Run(root, ["ls-files", "--others", "--exclude-standard", "-z"], out var untracked, out diffError) != 0)
            {
                error = "--changed-since: git failed: " + diffError.Trim();
                return null;
            }

            return changed.Split('\0').Concat(untracked.Split('\0'))
                .Where(p => p.Length > 0)
                .ToImmutableHashSet(ScanPaths.Comparer);
        }
    }
}
