using System.IO;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Reporting;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>
    /// A test-only report format (the real writers are another part of the tool): one line per finding, notice and failure,
    /// so command tests can assert the exact result the scan handed to the writer.
    /// </summary>
    internal sealed class LineReportWriter : IReportWriter
    {
        public string Format => "text";

        public void Write(ScanResult result, TextWriter output)
        {
            foreach (var finding in result.Findings)
            {
                output.WriteLine($"{finding.Path}({finding.Span.StartLine},{finding.Span.StartColumn}): {finding.Severity} {finding.RuleId}");
            }

            foreach (var notice in result.Notices)
            {
                output.WriteLine($"notice {notice.Path}: {notice.Message}");
            }

            foreach (var failure in result.Failures)
            {
                output.WriteLine($"failure {failure.Analyzer} on {failure.Project}");
            }
        }
    }
}
