using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// The one-sentence verdict that ends text and GitHub output and heads the Markdown comment, e.g.
    /// "3 findings (1 error, 2 warnings) in 12 files, 0 analyzer failures, 1.2 s".
    /// </summary>
    internal static class SummaryLine
    {
        public static string For(ReportSummary summary)
        {
            var scope = "in " + Count(summary.FilesScanned, "file", "files")
                + (summary.Notices > 0 ? ", " + Count(summary.Notices, "notice", "notices") : string.Empty)
                + ", " + Count(summary.Failures, "analyzer failure", "analyzer failures")
                + ", " + Seconds(summary);
            return summary.Findings == 0
                ? "No reward hacks found " + scope
                : Count(summary.Findings, "finding", "findings") + " (" + SeverityBreakdown(summary) + ") " + scope;
        }

        /// <summary>The non-zero severity counts, most severe first: "1 error, 2 warnings".</summary>
        public static string SeverityBreakdown(ReportSummary summary) =>
            string.Join(", ", SeverityNames.MostSevereFirst
                .Where(s => summary.BySeverity[s] > 0)
                .Select(s => SeverityCount(summary.BySeverity[s], s)));

        public static string Count(int count, string singular, string plural) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

        private static string SeverityCount(int count, DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => Count(count, "error", "errors"),
            DiagnosticSeverity.Warning => Count(count, "warning", "warnings"),
            // "info" and "hidden" have no plural.
            _ => Count(count, SeverityNames.Name(severity), SeverityNames.Name(severity)),
        };

        private static string Seconds(ReportSummary summary) =>
            summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
    }
}
