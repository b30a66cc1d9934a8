using System;
using System.Diagnostics;
using System.IO;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>
    /// The built tool as a process (the only child-process tests): Program wires the command line to the real console,
    /// exit codes reach the shell, and errors are one line, never a stack trace.
    /// </summary>
    public class ProcessTests
    {
        [Fact]
        public void Unknown_rule_exits_2_with_one_line_on_standard_error()
        {
            var (exitCode, output, error) = Run("explain", "RH9999");

            Assert.Equal(2, exitCode);
            Assert.Equal("rewardhack: no rule 'RH9999'; 'rewardhack rules' lists them.\n", error);
            Assert.Equal(string.Empty, output);
        }

        [Fact]
        public void Missing_scan_path_exits_2_with_one_line_on_standard_error()
        {
            var (exitCode, output, error) = Run("scan", "/no/such/path", "--format", "text", "--no-progress");

            Assert.Equal(2, exitCode);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("rewardhack: ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, output);
        }

        private static (int ExitCode, string Output, string Error) Run(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rewardhack.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.ReplaceLineEndings("\n"), error.GetAwaiter().GetResult().ReplaceLineEndings("\n"));
        }
    }
}
