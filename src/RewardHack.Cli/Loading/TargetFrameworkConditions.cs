using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Decides the MSBuild conditions that depend on the target framework alone — `'$(TargetFramework)' == 'net481'`,
    /// `!=`, joined by `and` or by `or` — for the framework a compilation is built for. Any other condition (another
    /// property, a function, parentheses, mixed `and`/`or`) is undecided: deciding it would need MSBuild evaluation.
    /// </summary>
    public static partial class TargetFrameworkConditions
    {
        /// <summary>The condition's value when the target framework is <paramref name="targetFramework"/>, or null when undecided.</summary>
        public static bool? Decide(string condition, string? targetFramework)
        {
            if (targetFramework is null)
            {
                return null;
            }

            var expanded = TargetFrameworkReference().Replace(condition, targetFramework);
            var hasAnd = Connector(expanded, "and");
            var hasOr = Connector(expanded, "or");
            if (hasAnd && hasOr)
            {
                return null;
            }

            var clauses = Regex.Split(expanded, hasAnd ? @"\s+and\s+" : @"\s+or\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            var values = clauses.Select(Clause).ToArray();
            if (values.Any(v => v is null))
            {
                return null;
            }

            return hasAnd ? values.All(v => v == true) : values.Any(v => v == true);
        }

        private static bool Connector(string expanded, string word) =>
            Regex.IsMatch(expanded, @"\s+" + word + @"\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        // A clause still holding another property, an item, a function or a parenthesis does not match: undecided.
        private static bool? Clause(string clause)
        {
            var match = Comparison().Match(clause);
            if (!match.Success)
            {
                return null;
            }

            var equal = string.Equals(match.Groups["left"].Value.Trim(), match.Groups["right"].Value.Trim(), StringComparison.OrdinalIgnoreCase);
            return match.Groups["op"].Value == "==" ? equal : !equal;
        }

        [GeneratedRegex(@"\$\(\s*TargetFramework\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex TargetFrameworkReference();

        [GeneratedRegex(@"^\s*'(?<left>[^'$@%]*)'\s*(?<op>==|!=)\s*'(?<right>[^'$@%]*)'\s*$", RegexOptions.CultureInvariant)]
        private static partial Regex Comparison();
    }
}
