using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// The partial fingerprint GitHub code scanning matches results across runs by: a hash of the rule, the path and the
    /// trimmed text of the finding's line (not its number, so an edit above it keeps the alert), then ":n" for the n-th
    /// identical one in the file. Our own key: GitHub computes and reserves "primaryLocationLineHash" itself.
    /// </summary>
    internal sealed class SarifFingerprint
    {
        public const string Key = "rewardhack/v1";

        private readonly SourceFiles sources;
        private readonly Dictionary<string, int> occurrences = new(StringComparer.Ordinal);

        public SarifFingerprint(SourceFiles sources) => this.sources = sources;

        /// <summary>The next finding's fingerprint; call in report order so ":n" is stable.</summary>
        public string Next(Finding finding)
        {
            // A whole-file finding is identified by its rule and path alone; an unreadable line falls back to its number.
            var lineText = finding.Span.IsNone
                ? string.Empty
                : sources.Line(finding.Path, finding.Span.StartLine)?.Trim()
                    ?? "line " + finding.Span.StartLine.ToString(CultureInfo.InvariantCulture);
            var hash = Convert.ToHexStringLower(
                SHA256.HashData(Encoding.UTF8.GetBytes(finding.RuleId + "\n" + finding.Path + "\n" + lineText)), 0, 8);
            occurrences.TryGetValue(hash, out var seen);
            occurrences[hash] = seen + 1;
            return hash + ":" + (seen + 1).ToString(CultureInfo.InvariantCulture);
        }
    }
}
