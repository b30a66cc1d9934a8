using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace RewardHackAnalyzers.Tests.EndToEnd
{
    /// <summary>Runs the <c>dotnet</c> CLI as a child process with a timeout, capturing everything it prints.</summary>
    internal static class DotnetCli
    {
        /// <summary>Generous: a cold restore on a busy 2-core machine is slow, but a hung build must still end.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

        /// <summary>Plain console output: no logo, no terminal logger (its live display is not line-based).</summary>
        public static readonly string[] PlainOutput = ["-nologo", "-tl:off"];

        private static string Executable =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        public static DotnetResult Run(
            string workingDirectory,
            IEnumerable<string> arguments,
            IReadOnlyDictionary<string, string>? environment = null,
            TimeSpan? timeout = null)
        {
            var startInfo = new ProcessStartInfo(Executable)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            Configure(startInfo.Environment, environment);
            string commandLine = "dotnet " + string.Join(' ', startInfo.ArgumentList);
            TimeSpan limit = timeout ?? DefaultTimeout;

            var output = new StringBuilder();
            using var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);

            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"`{commandLine}` did not finish within {limit}. Output so far:\n{DotnetResult.Tail(Snapshot(output))}");
            }

            // The timed wait can return before the asynchronous readers have drained; this one waits for them.
            process.WaitForExit();
            return new DotnetResult(commandLine, process.ExitCode, Snapshot(output), clock.Elapsed);
        }

        private static void Configure(IDictionary<string, string?> variables, IReadOnlyDictionary<string, string>? overrides)
        {
            // When the tests run under `dotnet test`, MSBuild's own variables (SDK paths, the MSBuild executable)
            // are inherited; the child CLI must find its SDK by itself, as it does for a user.
            foreach (string name in variables.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                variables.Remove(name);
            }

            variables["DOTNET_CLI_UI_LANGUAGE"] = "en"; // the parsers read English "warning"/"error"
            variables["DOTNET_NOLOGO"] = "1";
            variables["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            variables["MSBUILDDISABLENODEREUSE"] = "1"; // no build nodes left running after the test
            foreach (KeyValuePair<string, string> pair in overrides ?? new Dictionary<string, string>())
            {
                variables[pair.Key] = pair.Value;
            }
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
