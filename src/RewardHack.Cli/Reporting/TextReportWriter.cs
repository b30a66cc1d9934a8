using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// `--format text` (the default): findings grouped by file, each with its location, severity, rule, message, MCI virtues,
    /// help link and the source line with carets under the span; then notices, analyzer failures, and always a summary line.
    /// </summary>
    public sealed class TextReportWriter : IReportWriter
    {
        private const string FindingIndent = "  ";
        private const string DetailIndent = "    ";

        private readonly ColourMode colour;

        public TextReportWriter(ColourMode colour = ColourMode.Auto) => this.colour = colour;

        public string Format => "text";

        /// <summary>What <see cref="ColourMode.Auto"/> decides for <paramref name="output"/>: colour only on an interactive console.</summary>
        public static bool ShouldColour(TextWriter output) =>
            ReferenceEquals(output, Console.Out)
            && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

        public void Write(ScanResult result, TextWriter output)
        {
            var useColour = colour == ColourMode.Always || (colour == ColourMode.Auto && ShouldColour(output));
            IStyledOutput sink = useColour ? new AnsiOutput(output) : new PlainOutput(output);
            var sources = new SourceFiles(result.Root);

            foreach (var file in ReportOrder.ByFile(result.Findings))
            {
                sink.Write(TerminalText.Line(file.Key), TextStyle.Heading);
                sink.Write(" (" + SummaryLine.Count(file.Count(), "finding", "findings") + ")", TextStyle.Detail);
                sink.EndLine();
                foreach (var finding in file)
                {
                    WriteFinding(sink, finding, sources);
                    sink.EndLine();
                }
            }

            WriteList(sink, "Notices", ReportOrder.Notices(result.Notices).Select(n => TerminalText.Line(n.Path) + ": " + TerminalText.Line(n.Message)));
            WriteList(sink, "Analyzer failures", ReportOrder.Failures(result.Failures).Select(f =>
                TerminalText.Line(f.Analyzer) + " in " + TerminalText.Line(f.Project) + ": " + TerminalText.Line(f.Message)));

            var summary = ReportSummary.Of(result);
            sink.Write(SummaryLine.For(summary), SummaryStyle(summary));
            sink.EndLine();
        }

        private static void WriteFinding(IStyledOutput sink, Finding finding, SourceFiles sources)
        {
            sink.Write(FindingIndent + TerminalText.Line(finding.Path) + Location(finding.Span) + ": ");
            sink.Write(SeverityNames.Name(finding.Severity), SeverityStyle(finding.Severity));
            sink.Write(" ");
            sink.Write(finding.RuleId, TextStyle.RuleId);
            sink.Write(": " + TerminalText.Line(finding.Message));
            sink.EndLine();

            WriteDetail(sink, RuleInfo.Title(finding.Rule) + " (" + RuleInfo.Family(finding.Rule) + ")");
            var virtues = RuleInfo.VirtueDisplayNames(finding.Rule);
            if (virtues.Count > 0)
            {
                WriteDetail(sink, "MCI: " + string.Join(", ", virtues));
            }

            if (RuleInfo.HelpUri(finding.Rule) is { } help)
            {
                WriteDetail(sink, "Help: " + help);
            }

            if (SourceSnippet.For(finding, sources) is { } snippet)
            {
                var number = snippet.LineNumber.ToString(CultureInfo.InvariantCulture);
                sink.Write(DetailIndent + number + " |", TextStyle.Detail);
                sink.Write(snippet.Code.Length > 0 ? " " + snippet.Code : string.Empty);
                sink.EndLine();
                sink.Write(DetailIndent + new string(' ', number.Length) + " | ", TextStyle.Detail);
                sink.Write(snippet.Marker, SeverityStyle(finding.Severity));
                sink.EndLine();
            }
        }

        private static void WriteDetail(IStyledOutput sink, string text)
        {
            sink.Write(DetailIndent + text, TextStyle.Detail);
            sink.EndLine();
        }

        private static void WriteList(IStyledOutput sink, string heading, IEnumerable<string> items)
        {
            var lines = items.ToList();
            if (lines.Count == 0)
            {
                return;
            }

            sink.Write(heading + " (" + lines.Count.ToString(CultureInfo.InvariantCulture) + ")", TextStyle.Heading);
            sink.EndLine();
            foreach (var line in lines)
            {
                sink.Write(FindingIndent + line);
                sink.EndLine();
            }

            sink.EndLine();
        }

        /// <summary>"(12,9)" in the compiler's own format, so terminals and editors link it; nothing for a whole-file finding.</summary>
        private static string Location(SourceSpan span) =>
            span.IsNone
                ? string.Empty
                : "(" + span.StartLine.ToString(CultureInfo.InvariantCulture) + "," + span.StartColumn.ToString(CultureInfo.InvariantCulture) + ")";

        private static TextStyle SeverityStyle(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => TextStyle.Error,
            DiagnosticSeverity.Warning => TextStyle.Warning,
            _ => TextStyle.Info,
        };

        private static TextStyle SummaryStyle(ReportSummary summary) =>
            summary.Failures > 0 || summary.BySeverity[DiagnosticSeverity.Error] > 0 ? TextStyle.Error
            : summary.Findings > 0 ? TextStyle.Warning
            : TextStyle.Clean;
    }
}
