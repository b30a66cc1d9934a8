using System.Collections.Generic;
using System.Globalization;
using System.IO;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// `--format github`: one workflow annotation per finding (error/warning/notice by severity) on its file and span, titled
    /// with the rule id and title, its message followed by the MCI virtues and help link; a notice per skipped file, an error
    /// per analyzer failure, and the summary line last.
    /// </summary>
    public sealed class GitHubReportWriter : IReportWriter
    {
        public string Format => "github";

        public void Write(ScanResult result, TextWriter output)
        {
            foreach (var finding in ReportOrder.Findings(result.Findings))
            {
                output.WriteLine(WorkflowCommand.Format(
                    SeverityNames.GitHubCommand(finding.Severity),
                    Properties(finding),
                    Message(finding)));
            }

            foreach (var notice in ReportOrder.Notices(result.Notices))
            {
                output.WriteLine(WorkflowCommand.Format(
                    "notice",
                    new[] { Property("file", notice.Path), Property("title", "rewardhack skipped a file") },
                    notice.Message));
            }

            foreach (var failure in ReportOrder.Failures(result.Failures))
            {
                output.WriteLine(WorkflowCommand.Format(
                    "error",
                    new[] { Property("title", "rewardhack analyzer failure") },
                    failure.Analyzer + " failed on " + failure.Project + ": " + failure.Message));
            }

            output.WriteLine(TerminalText.Line(SummaryLine.For(ReportSummary.Of(result))));
        }

        private static IEnumerable<KeyValuePair<string, string>> Properties(Finding finding)
        {
            yield return Property("file", finding.Path);
            if (!finding.Span.IsNone)
            {
                yield return Property("line", finding.Span.StartLine);
                yield return Property("col", finding.Span.StartColumn);
                yield return Property("endLine", finding.Span.EndLine);
                yield return Property("endColumn", finding.Span.EndColumn);
            }

            yield return Property("title", finding.RuleId + " " + RuleInfo.Title(finding.Rule));
        }

        /// <summary>The message, then the virtues and the help link on their own lines (the annotation shows line breaks).</summary>
        private static string Message(Finding finding)
        {
            var message = finding.Message;
            var virtues = RuleInfo.VirtueDisplayNames(finding.Rule);
            if (virtues.Count > 0)
            {
                message += "\nMCI: " + string.Join(", ", virtues);
            }

            if (RuleInfo.HelpUri(finding.Rule) is { } help)
            {
                message += "\nHelp: " + help;
            }

            return message;
        }

        private static KeyValuePair<string, string> Property(string key, string value) => new(key, value);

        private static KeyValuePair<string, string> Property(string key, int value) =>
            new(key, value.ToString(CultureInfo.InvariantCulture));
    }
}
