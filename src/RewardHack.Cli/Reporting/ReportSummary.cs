using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>The counts every format summarises a scan with. Keyed counts are in ordinal key order.</summary>
    internal sealed class ReportSummary
    {
        private ReportSummary(ScanResult result)
        {
            Findings = result.Findings.Length;
            FilesScanned = result.FilesScanned;
            FilesWithFindings = result.Findings.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count();
            Notices = result.Notices.Length;
            Failures = result.Failures.Length;
            Elapsed = result.Elapsed;
            BySeverity = SeverityNames.MostSevereFirst
                .ToImmutableDictionary(s => s, s => result.Findings.Count(f => f.Severity == s));
            ByRule = CountBy(result.Findings.Select(f => f.RuleId));
            ByFamily = CountBy(result.Findings.Select(f => RuleInfo.Family(f.Rule)));
            ByVirtue = CountBy(result.Findings.SelectMany(f => RuleInfo.Virtues(f.Rule)));
        }

        public int Findings { get; }

        public int FilesScanned { get; }

        public int FilesWithFindings { get; }

        public int Notices { get; }

        public int Failures { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>Findings per severity; every severity is present, zero when none.</summary>
        public ImmutableDictionary<DiagnosticSeverity, int> BySeverity { get; }

        public ImmutableArray<KeyValuePair<string, int>> ByRule { get; }

        public ImmutableArray<KeyValuePair<string, int>> ByFamily { get; }

        /// <summary>Findings per MCI virtue (enum name); a finding counts once for each virtue its rule names.</summary>
        public ImmutableArray<KeyValuePair<string, int>> ByVirtue { get; }

        public static ReportSummary Of(ScanResult result) => new(result);

        private static ImmutableArray<KeyValuePair<string, int>> CountBy(IEnumerable<string> keys) =>
            keys.GroupBy(k => k, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
                .ToImmutableArray();
    }
}
