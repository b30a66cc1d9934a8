using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// `--changed-since REV`: the files changed since a revision (committed, staged or not) plus untracked ones, relative to
    /// the scan root. Only read-only git commands run; repository hooks and filesystem monitors are switched off for them.
    /// </summary>
    public static class ChangedFiles
    {
        private const int NoGit = -1;

        /// <summary>The changed files, or null with a one-line reason (not a git repository, unknown revision, no git).</summary>
        public static ImmutableHashSet<string>? Since(string root, string revision, out string? error)
        {
            error = null;
            if (revision.StartsWith('-') || revision.Any(char.IsWhiteSpace))
            {
                error = $"'{revision}' is not a git revision.";
                return null;
            }

            var inRepository = Git(root, ["rev-parse", "--is-inside-work-tree"], out _, out var gitError);
            if (inRepository != 0)
            {
                error = inRepository == NoGit ? "--changed-since: " + gitError : $"--changed-since needs a git repository, and '{root}' is not in one.";
                return null;
            }

            if (Git(root, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], out _, out _) != 0)
            {
                error = $"--changed-since: git does not know the revision '{revision}'.";
                return null;
            }

            if (Git(root, ["diff", "--name-only", "-z", "--relative", "--no-ext-diff", "--no-textconv", revision, "--"], out var changed, out var diffError) != 0
                || Git(root, ["ls-files", "--others", "--exclude-standard", "-z"], out var untracked, out diffError) != 0)
            {
                error = "--changed-since: git failed: " + diffError.Trim();
                return null;
            }

            return changed.Split('\0').Concat(untracked.Split('\0'))
                .Where(p => p.Length > 0)
                .ToImmutableHashSet(ScanPaths.Comparer);
        }

        private static int Git(string directory, IEnumerable<string> arguments, out string output, out string errorOutput)
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // Read-only: no optional index writes, no fsmonitor or hooks from the scanned repository's configuration.
            start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
            start.Environment["GIT_TERMINAL_PROMPT"] = "0";
            foreach (var argument in (string[])["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.quotePath=false", .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            try
            {
                using var process = Process.Start(start)!;
                var errorTask = process.StandardError.ReadToEndAsync();
                output = process.StandardOutput.ReadToEnd();
                errorOutput = errorTask.GetAwaiter().GetResult();
                process.WaitForExit();
                return process.ExitCode;
            }
            catch (Win32Exception e)
            {
                output = string.Empty;
                errorOutput = "git is not installed or not on PATH (" + e.Message + ")";
                return NoGit;
            }
        }
    }
}
