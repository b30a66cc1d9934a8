using System.IO;
using Spectre.Console;

namespace RewardHack.Cli.Reporting
{
    /// <summary>ANSI colour through Spectre.Console, with no wrapping (long source lines and messages stay on one line).</summary>
    internal sealed class AnsiOutput : IStyledOutput
    {
        private readonly IAnsiConsole console;

        public AnsiOutput(TextWriter output)
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Standard,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(output),
            });
            console.Profile.Width = int.MaxValue;
        }

        public void Write(string text, TextStyle style = TextStyle.Plain)
        {
            if (text.Length > 0)
            {
                console.Write(new Text(text, StyleOf(style)));
            }
        }

        public void EndLine() => console.WriteLine();

        private static Style StyleOf(TextStyle style) => style switch
        {
            TextStyle.Heading => new Style(decoration: Decoration.Bold),
            TextStyle.RuleId => new Style(decoration: Decoration.Bold),
            TextStyle.Detail => new Style(foreground: Color.Grey),
            TextStyle.Error => new Style(foreground: Color.Red, decoration: Decoration.Bold),
            TextStyle.Warning => new Style(foreground: Color.Yellow, decoration: Decoration.Bold),
            TextStyle.Info => new Style(foreground: Color.Blue),
            TextStyle.Clean => new Style(foreground: Color.Green, decoration: Decoration.Bold),
            _ => Style.Plain,
        };
    }
}
