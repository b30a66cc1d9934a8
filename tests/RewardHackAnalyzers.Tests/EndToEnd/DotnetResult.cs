using System;
using System.Globalization;
using System.Linq;

namespace RewardHackAnalyzers.Tests.EndToEnd
{
    /// <summary>What a finished <c>dotnet</c> child process did: its command line, exit code and interleaved stdout/stderr.</summary>
    internal sealed record DotnetResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
    {
        private const int TailLines = 300;
        private const int LineWidth = 400;

        public bool Succeeded => ExitCode == 0;

        /// <summary>For assertion messages: the command, how it ended, and the end of its output (compiler command lines cut short).</summary>
        public string Describe() =>
            string.Create(CultureInfo.InvariantCulture, $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:0.0}s. Output (last {TailLines} lines):\n{Tail(Output)}");

        internal static string Tail(string output)
        {
            string[] lines = output.Split('\n');
            return string.Join('\n', lines[Math.Max(0, lines.Length - TailLines)..].Select(Shortened));
        }

        private static string Shortened(string line) => line.Length <= LineWidth ? line : line[..LineWidth] + " …";
    }
}
