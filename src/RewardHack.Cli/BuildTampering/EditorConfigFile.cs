using System;
using System.Collections.Generic;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>One <c>key = value</c> line of an .editorconfig or .globalconfig: its section (null before the first), 1-based line and column.</summary>
    internal sealed record EditorConfigEntry(string? Section, string Key, string Value, string Text, int Line, int Column);

    /// <summary>Reads .editorconfig and .globalconfig files line by line, as the compiler does: sections, keys and values, comments skipped.</summary>
    internal static class EditorConfigFile
    {
        private static readonly char[] CommentStarts = { '#', ';' };

        public static IEnumerable<EditorConfigEntry> Entries(string[] lines)
        {
            string? section = null;
            for (var index = 0; index < lines.Length; index++)
            {
                var text = lines[index].Trim();
                if (text.Length == 0 || text[0] is '#' or ';')
                {
                    continue;
                }

                if (text[0] == '[' && text[^1] == ']')
                {
                    section = text[1..^1];
                    continue;
                }

                var equals = text.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    continue;
                }

                var column = lines[index].IndexOf(text, StringComparison.Ordinal) + 1;
                yield return new EditorConfigEntry(section, text[..equals].Trim(), StripComment(text[(equals + 1)..]).Trim(), text, index + 1, column);
            }
        }

        private static string StripComment(string value)
        {
            var comment = value.IndexOfAny(CommentStarts);
            return comment > 0 && char.IsWhiteSpace(value[comment - 1]) ? value[..comment] : value;
        }
    }
}
