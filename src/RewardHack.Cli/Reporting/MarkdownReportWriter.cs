using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// `--format markdown`: a pull-request comment. A marker comment (so a bot can find and update its own comment), a verdict
    /// heading and the summary line, tables of findings by family and by MCI virtue, then the findings by file (each file
    /// collapsed in &lt;details&gt; when there are more than <see cref="CollapseAbove"/>), notices and analyzer failures.
    /// Everything from the scanned tree is escaped (<see cref="MarkdownText"/>).
    /// </summary>
    public sealed class MarkdownReportWriter : IReportWriter
    {
        /// <summary>The first line of every comment, invisible when rendered.</summary>
        public const string Marker = "<!-- rewardhack-report -->";

        public const int CollapseAbove = 10;

        /// <summary>
        /// GitHub rejects a comment longer than 65,536 characters, so findings are listed until they fill this many characters
        /// (the rest are counted, not shown), leaving room for the tables, notices and failures.
        /// </summary>
        public const int FindingsBudget = 50_000;

        /// <summary>Notices and analyzer failures listed at most; the rest are counted.</summary>
        public const int MaxListedItems = 25;

        public string Format => "markdown";

        public void Write(ScanResult result, TextWriter output)
        {
            var summary = ReportSummary.Of(result);
            var lines = new List<string>
            {
                Marker,
                "## rewardhack: " + Verdict(summary),
                "",
                SummaryLine.For(summary),
                "",
            };

            if (summary.Findings > 0)
            {
                AddTable(lines, "Family", summary.ByFamily.Select(c => (MarkdownText.Escape(c.Key), c.Value)));
                AddTable(lines, "MCI virtue", summary.ByVirtue.Select(c =>
                    (RuleInfo.VirtueDisplayName(Enum.Parse<MciVirtue>(c.Key)), c.Value)));
                lines.Add("### Findings");
                lines.Add("");
                var shown = WithinBudget(ReportOrder.Findings(result.Findings));
                AddFindings(lines, shown, collapse: summary.Findings > CollapseAbove);
                if (shown.Count < summary.Findings)
                {
                    lines.Add(SummaryLine.Count(summary.Findings - shown.Count, "more finding is", "more findings are") +
                        " not shown (a comment holds at most 65,536 characters): see the JSON or SARIF report.");
                    lines.Add("");
                }
            }

            AddSection(lines, "Notices", null, "notice", "notices", ReportOrder.Notices(result.Notices).Select(n =>
                MarkdownText.Escape(n.Path) + ": " + MarkdownText.Escape(n.Message)));
            AddSection(
                lines,
                "Analyzer failures",
                "These analyzers failed, so their rules did not check everything: the result is incomplete.",
                "failure",
                "failures",
                ReportOrder.Failures(result.Failures).Select(f =>
                    "**" + MarkdownText.Escape(f.Analyzer) + "** on " + MarkdownText.Escape(f.Project) + ": " + MarkdownText.Escape(f.Message)));

            while (lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            foreach (var line in lines)
            {
                output.WriteLine(line);
            }
        }

        private static string Verdict(ReportSummary summary) =>
            summary.Findings > 0 ? SummaryLine.Count(summary.Findings, "reward hack", "reward hacks") + " found"
            : summary.Failures > 0 ? "no reward hacks found, but " + SummaryLine.Count(summary.Failures, "analyzer", "analyzers") + " failed"
            : "no reward hacks found";

        private static void AddTable(List<string> lines, string heading, IEnumerable<(string Name, int Count)> rows)
        {
            lines.Add("| " + heading + " | Findings |");
            lines.Add("| --- | ---: |");
            lines.AddRange(rows.Select(r => "| " + r.Name + " | " + r.Count.ToString(CultureInfo.InvariantCulture) + " |"));
            lines.Add("");
        }

        /// <summary>The leading findings whose items (and file headings, estimated) fit in <see cref="FindingsBudget"/>.</summary>
        private static List<Finding> WithinBudget(IEnumerable<Finding> sorted)
        {
            var shown = new List<Finding>();
            var used = 0;
            string? path = null;
            foreach (var finding in sorted)
            {
                var cost = FindingItem(finding).Length + 1;
                if (!string.Equals(finding.Path, path, StringComparison.Ordinal))
                {
                    // The heading (or <details> wrapper) shows the path, escaped, and a count.
                    cost += (2 * MarkdownText.Escape(finding.Path).Length) + 80;
                    path = finding.Path;
                }

                if (used + cost > FindingsBudget)
                {
                    break;
                }

                used += cost;
                shown.Add(finding);
            }

            return shown;
        }

        private static void AddFindings(List<string> lines, IReadOnlyList<Finding> findings, bool collapse)
        {
            foreach (var file in ReportOrder.ByFile(findings))
            {
                var count = SummaryLine.Count(file.Count(), "finding", "findings");
                lines.Add(collapse
                    ? "<details><summary>" + MarkdownText.Html(file.Key) + " (" + count + ")</summary>"
                    : "#### " + MarkdownText.Escape(file.Key) + " (" + count + ")");
                lines.Add("");
                lines.AddRange(file.Select(FindingItem));
                lines.Add("");
                if (collapse)
                {
                    lines.Add("</details>");
                    lines.Add("");
                }
            }
        }

        /// <summary>"- **warning** [RH0001](help "title") line 5: message".</summary>
        private static string FindingItem(Finding finding)
        {
            var rule = RuleInfo.HelpUri(finding.Rule) is { } help
                ? "[" + finding.RuleId + "](" + help + " \"" + RuleInfo.Title(finding.Rule).Replace("\"", "'", StringComparison.Ordinal) + "\")"
                : "**" + finding.RuleId + "**";
            var where = finding.Span.IsNone ? "whole file" : "line " + finding.Span.StartLine.ToString(CultureInfo.InvariantCulture);
            return "- **" + SeverityNames.Name(finding.Severity) + "** " + rule + " " + where + ": " + MarkdownText.Escape(finding.Message);
        }

        private static void AddSection(
            List<string> lines, string heading, string? introduction, string singular, string plural, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count == 0)
            {
                return;
            }

            lines.Add("### " + heading);
            lines.Add("");
            if (introduction is not null)
            {
                lines.Add(introduction);
                lines.Add("");
            }

            lines.AddRange(list.Take(MaxListedItems).Select(item => "- " + item));
            if (list.Count > MaxListedItems)
            {
                lines.Add("- … and " + SummaryLine.Count(list.Count - MaxListedItems, "more " + singular, "more " + plural));
            }

            lines.Add("");
        }
    }
}
