using System.IO;
using System.Threading.Tasks;
using RewardHack.Cli.Commands;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>One in-process run of the command line, with what it wrote to standard output and error.</summary>
    internal sealed record CliRun(int ExitCode, string Out, string Error)
    {
        /// <summary>Runs `rewardhack ARGS` with <see cref="LineReportWriter"/> as the only format ("text").</summary>
        public static async Task<CliRun> Of(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var console = new CliConsole(output, error, IsTerminal: false, format => format == "text" ? new LineReportWriter() : null);
            var exitCode = await CliApp.RunAsync(args, console);
            return new CliRun(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
        }

        public string[] OutLines => Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
    }
}
