using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// GitHub Actions workflow commands (`::warning file=…,line=…::message`) with the runner's escaping: '%', CR and LF in the
    /// message, and additionally ':' and ',' in property values, so nothing from the scanned tree can end a property, end the
    /// command or start another command on a new line. Other control characters become U+FFFD.
    /// </summary>
    internal static class WorkflowCommand
    {
        public static string Format(string command, IEnumerable<KeyValuePair<string, string>> properties, string message)
        {
            var props = string.Join(",", properties.Select(p => p.Key + "=" + Escape(p.Value, isProperty: true)));
            return "::" + command + (props.Length > 0 ? " " + props : string.Empty) + "::" + Escape(message, isProperty: false);
        }

        public static string Escape(string value, bool isProperty)
        {
            var escaped = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                escaped.Append(c switch
                {
                    '%' => "%25",
                    '\r' => "%0D",
                    '\n' => "%0A",
                    ':' when isProperty => "%3A",
                    ',' when isProperty => "%2C",
                    _ => TerminalText.Safe(c).ToString(),
                });
            }

            return escaped.ToString();
        }
    }
}
