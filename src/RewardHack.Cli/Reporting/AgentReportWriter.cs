using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// `--format agent`: short plain text for a coding agent that runs the scan before it claims to be done (no colour, no
    /// tables). Per finding: where (path:line), the rule id and message, why it is not acceptable and what to do instead
    /// (<see cref="AgentGuidance"/>); then analyzer failures; and always a last line, the verdict, starting "Verdict: ".
    /// A clean result is that one line. Notices (skipped input) are left out: the agent cannot act on them, and the other
    /// formats show them to the person reviewing.
    /// </summary>
    public sealed class AgentReportWriter : IReportWriter
    {
        public const string VerdictPrefix = "Verdict: ";

        public string Format => "agent";

        public void Write(ScanResult result, TextWriter output)
        {
            var summary = ReportSummary.Of(result);
            var files = SummaryLine.Count(summary.FilesScanned, "scanned file", "scanned files");
            var lines = new List<string>();
            if (summary.Findings > 0)
            {
                lines.Add("rewardhack: " + SummaryLine.Count(summary.Findings, "finding", "findings") + " in " + files + ".");
                lines.Add("");
                foreach (var finding in ReportOrder.Findings(result.Findings))
                {
                    lines.Add(Location(finding) + ": " + SeverityNames.Name(finding.Severity) + " " + finding.RuleId + ": " + TerminalText.Line(finding.Message));
                    lines.Add("  Why: " + AgentGuidance.Why(finding.Rule));
                    lines.Add("  Instead: " + AgentGuidance.Instead(finding.Rule));
                    lines.Add("");
                }
            }

            foreach (var failure in ReportOrder.Failures(result.Failures))
            {
                lines.Add("Analyzer failure: " + TerminalText.Line(failure.Analyzer + " on " + failure.Project + ": " + failure.Message));
            }

            if (!result.Failures.IsEmpty)
            {
                lines.Add("");
            }

            lines.Add(VerdictPrefix + Verdict(result, summary, files));
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }
        }

        private static string Location(Finding finding) =>
            TerminalText.Line(finding.Path) + (finding.Span.IsNone ? string.Empty : ":" + finding.Span.StartLine.ToString(CultureInfo.InvariantCulture));

        /// <summary>What the agent should do next: findings that fail the default gate (warning and up) come first.</summary>
        private static string Verdict(ScanResult result, ReportSummary summary, string files)
        {
            var blocking = summary.BySeverity[DiagnosticSeverity.Error] + summary.BySeverity[DiagnosticSeverity.Warning];
            if (blocking > 0)
            {
                return "NOT DONE. Fix the " + SummaryLine.Count(blocking, "error or warning", "errors and warnings") +
                    " above in the code under test, then scan again; do not delete, skip, weaken or suppress anything to make " +
                    (blocking == 1 ? "it" : "them") + " go away.";
            }

            if (!result.Failures.IsEmpty)
            {
                return "INCOMPLETE. " + SummaryLine.Count(summary.Failures, "analyzer", "analyzers") +
                    " failed, so the scan did not check everything; tell the user instead of reporting success.";
            }

            return summary.Findings switch
            {
                0 => "PASS. No reward hacks found in " + files + ".",
                1 => "DONE ONLY IF INTENDED. The finding above is informational; keep it only if it is intended, and tell the user why.",
                _ => "DONE ONLY IF INTENDED. The " + SummaryLine.Count(summary.Findings, "finding", "findings") +
                    " above are informational; keep each only if it is intended, and tell the user why.",
            };
        }
    }
}
