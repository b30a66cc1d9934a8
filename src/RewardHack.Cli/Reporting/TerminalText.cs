using System.Text;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// Makes text from the scanned tree (messages quote its identifiers and literals; snippets are its source) safe to print on
    /// a terminal: a planted escape sequence must not recolour, move or hide our output, and bidirectional overrides must not
    /// reorder what the reviewer sees ("Trojan Source"). Each unsafe character becomes one U+FFFD, so columns stay aligned.
    /// </summary>
    internal static class TerminalText
    {
        public const char Replacement = '\uFFFD';

        /// <summary>One line of prose: line breaks become spaces, tabs a space, other control and bidi characters U+FFFD.</summary>
        public static string Line(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                builder.Append(c is '\r' or '\n' or '\t' ? ' ' : Safe(c));
            }

            return builder.ToString();
        }

        /// <summary>One character of source code: tabs are kept (the caller expands them), everything unsafe becomes U+FFFD.</summary>
        public static char Safe(char c) => c != '\t' && (char.IsControl(c) || IsBidiControl(c)) ? Replacement : c;

        private static bool IsBidiControl(char c) =>
            c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
    }
}
