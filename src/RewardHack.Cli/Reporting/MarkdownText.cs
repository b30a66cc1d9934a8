using System;
using System.Text;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// Escapes text from the scanned tree (messages, paths) for inline GitHub-flavoured Markdown: it renders as the literal text,
    /// on one line, without opening HTML, links, emphasis, code or table cells. Control and bidi characters are neutralised as in
    /// the terminal (<see cref="TerminalText"/>).
    /// </summary>
    internal static class MarkdownText
    {
        /// <summary>Longer text (a memorised literal quoted in a message) is cut here, so one finding cannot fill a comment.</summary>
        public const int MaxLength = 1000;

        /// <summary>For Markdown context: HTML's special characters as entities, Markdown's behind a backslash.</summary>
        public static string Escape(string text) => EscapeLine(text, markdown: true);

        /// <summary>For HTML context (e.g. inside &lt;summary&gt;, where backslash escapes are not read): entities only.</summary>
        public static string Html(string text) => EscapeLine(text, markdown: false);

        private static string EscapeLine(string text, bool markdown)
        {
            var line = TerminalText.Line(Truncate(text));
            var escaped = new StringBuilder(line.Length + 8);
            foreach (var c in line)
            {
                switch (c)
                {
                    case '&':
                        escaped.Append("&amp;");
                        break;
                    case '<':
                        escaped.Append("&lt;");
                        break;
                    case '>':
                        escaped.Append("&gt;");
                        break;
                    case '"' when !markdown:
                        escaped.Append("&quot;");
                        break;
                    case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' when markdown:
                        escaped.Append('\\').Append(c);
                        break;
                    default:
                        escaped.Append(c);
                        break;
                }
            }

            return escaped.ToString();
        }

        private static string Truncate(string text)
        {
            if (text.Length <= MaxLength)
            {
                return text;
            }

            // Never split a surrogate pair.
            var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            return string.Concat(text.AsSpan(0, cut), "…");
        }
    }
}
