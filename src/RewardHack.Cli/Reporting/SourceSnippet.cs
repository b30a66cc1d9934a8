using System;
using System.Text;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// The source line a finding starts on and a marker line of carets under its span, both terminal-safe, tabs expanded to
    /// <see cref="TabWidth"/> spaces in both so the carets stay under the code. A span over several lines is marked to the end
    /// of its first line; an empty span gets one caret.
    /// </summary>
    internal sealed record SourceSnippet(int LineNumber, string Code, string Marker)
    {
        public const int TabWidth = 4;

        /// <summary>The snippet of <paramref name="finding"/>, or null for a whole-file finding or a line that cannot be read.</summary>
        public static SourceSnippet? For(Finding finding, SourceFiles sources)
        {
            if (finding.Span.IsNone || sources.Line(finding.Path, finding.Span.StartLine) is not { } line)
            {
                return null;
            }

            // SourceSpan columns are 1-based; the end column is the one after the span (as in SARIF).
            var start = Math.Clamp(finding.Span.StartColumn - 1, 0, line.Length);
            var end = finding.Span.EndLine == finding.Span.StartLine
                ? Math.Clamp(finding.Span.EndColumn - 1, start, line.Length)
                : line.Length;

            var code = new StringBuilder(line.Length);
            var marker = new StringBuilder(line.Length);
            for (var i = 0; i < line.Length; i++)
            {
                var width = line[i] == '\t' ? TabWidth : 1;
                code.Append(line[i] == '\t' ? new string(' ', TabWidth) : TerminalText.Safe(line[i]).ToString());
                if (i < end)
                {
                    marker.Append(i < start ? ' ' : '^', width);
                }
            }

            if (end == start)
            {
                marker.Append('^');
            }

            return new SourceSnippet(finding.Span.StartLine, code.ToString().TrimEnd(), marker.ToString());
        }
    }
}
