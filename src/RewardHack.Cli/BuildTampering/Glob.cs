using System;
using System.Text;
using System.Text.RegularExpressions;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// Path globs of MSBuild items and .editorconfig sections as regular expressions over '/'-separated relative paths:
    /// <c>**</c> (any folders), <c>*</c> and <c>?</c> (within one segment), <c>{a,b}</c> and <c>[abc]</c>/<c>[!abc]</c>
    /// (editorconfig). Hand-written because no maintained library reads editorconfig globs; MSBuild's are a subset.
    /// </summary>
    internal static class Glob
    {
        public static Regex ToRegex(string glob)
        {
            var pattern = new StringBuilder("^");
            var braces = 0;
            for (var i = 0; i < glob.Length; i++)
            {
                var c = glob[i];
                switch (c)
                {
                    case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                        var slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                        pattern.Append(slashFollows ? "(?:.*/)?" : ".*");
                        i += slashFollows ? 2 : 1;
                        break;
                    case '*':
                        pattern.Append("[^/]*");
                        break;
                    case '?':
                        pattern.Append("[^/]");
                        break;
                    case '{':
                        braces++;
                        pattern.Append("(?:");
                        break;
                    case '}' when braces > 0:
                        braces--;
                        pattern.Append(')');
                        break;
                    case ',' when braces > 0:
                        pattern.Append('|');
                        break;
                    case '[':
                        var close = glob.IndexOf(']', i + 1);
                        if (close < 0)
                        {
                            pattern.Append("\\[");
                            break;
                        }

                        var set = glob.Substring(i + 1, close - i - 1);
                        pattern.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                        i = close;
                        break;
                    default:
                        pattern.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            // An unclosed '{' is a literal-looking typo, not an error worth failing the scan over.
            pattern.Append(')', braces);
            return new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }
}
