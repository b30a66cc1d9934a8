using System;
using Spectre.Console;

namespace RewardHack.Cli.Commands
{
    /// <summary>
    /// Shows a Markdown page on the terminal: headings bold, code blocks indented and dimmed, the rest as written (the
    /// pages are plain prose, lists and code). Off a terminal the same layout comes out without colour.
    /// </summary>
    public static class MarkdownRenderer
    {
        public static void Render(string markdown, IAnsiConsole console)
        {
            var inCode = false;
            foreach (var rawLine in markdown.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            {
                var line = rawLine.TrimEnd();
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                    continue;
                }

                if (inCode)
                {
                    console.MarkupLine("[grey]    " + Markup.Escape(line) + "[/]");
                }
                else if (line.StartsWith('#'))
                {
                    console.MarkupLine("[bold underline]" + Markup.Escape(line.TrimStart('#').Trim()) + "[/]");
                }
                else
                {
                    console.MarkupLine(Markup.Escape(line));
                }
            }
        }
    }
}
