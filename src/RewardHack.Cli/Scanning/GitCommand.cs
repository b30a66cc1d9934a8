using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// Runs one read-only git command in a folder: no optional index writes, no prompts, and repository hooks and filesystem
    /// monitors from the scanned repository's configuration switched off. Shared by `--changed-since` and `diff`.
    /// </summary>
    internal static class GitCommand
    {
        /// <summary>The exit code when git itself could not be started.</summary>
        public const int NoGit = -1;

        public static int Run(string directory, IEnumerable<string> arguments, out string output, out string errorOutput)
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
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
