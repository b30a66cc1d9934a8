using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace RewardHack.Cli.Tests.AgentHooks
{
    /// <summary>One run of a child process (git, sh) with its exit code and output; killed and reported if it hangs.</summary>
    internal sealed record ChildProcess(int ExitCode, string Out, string Error)
    {
        private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

        public static ChildProcess Run(
            string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, string input = "")
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Limit}.");
            }

            return new ChildProcess(
                process.ExitCode,
                output.GetAwaiter().GetResult().ReplaceLineEndings("\n"),
                error.GetAwaiter().GetResult().ReplaceLineEndings("\n"));
        }
    }
}
