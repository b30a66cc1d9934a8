using System;
using System.IO;
using RewardHack.Cli.Reporting;
using Spectre.Console;

namespace RewardHack.Cli.Commands
{
    /// <summary>
    /// Where the commands write and what they can do there: standard output and error, whether a person is watching
    /// (progress and colour only then), and the report writers for `--format`. Tests pass their own.
    /// </summary>
    public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal, Func<string, IReportWriter?> ReportWriterFor)
    {
        public static CliConsole System { get; } = new(
            Console.Out,
            Console.Error,
            !Console.IsOutputRedirected && !Console.IsErrorRedirected,
            ReportWriters.For);

        /// <summary>A Spectre console over one of the writers; plain text, wide enough not to wrap, when not on a terminal.</summary>
        public IAnsiConsole Ansi(TextWriter writer)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            });
            if (!IsTerminal)
            {
                console.Profile.Width = 240;
            }

            return console;
        }
    }
}
