using System.Collections.Generic;
using System.Text;

namespace RewardHack.Cli.Regression
{
    /// <summary>Splits a fingerprint's data row text, <c>(2, "a, b", 'c')</c>, back into its values, respecting quotes and nesting.</summary>
    internal static class RowValues
    {
        public static IReadOnlyList<string> Split(string row)
        {
            var text = row.Length >= 2 && row[0] == '(' && row[^1] == ')' ? row[1..^1] : row;
            var values = new List<string>();
            var current = new StringBuilder();
            var depth = 0;
            char? quote = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quote is { } open)
                {
                    current.Append(c);
                    if (c == '\\' && i + 1 < text.Length)
                    {
                        current.Append(text[++i]);
                    }
                    else if (c == open)
                    {
                        quote = null;
                    }

                    continue;
                }

                if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c is '(' or '{' or '[')
                {
                    depth++;
                }
                else if (c is ')' or '}' or ']')
                {
                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    values.Add(current.ToString().Trim());
                    current.Clear();
                    continue;
                }

                current.Append(c);
            }

            if (text.Length > 0)
            {
                values.Add(current.ToString().Trim());
            }

            return values;
        }
    }
}
