using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// `--format json`: the scan as one JSON document, schema version <see cref="SchemaVersion"/> (docs/scanner-output.md
    /// documents every field). Properties are camelCase and always present (null when not applicable), so consumers need no
    /// existence checks; findings, notices and failures are in <see cref="ReportOrder"/>.
    /// </summary>
    public sealed class JsonReportWriter : IReportWriter
    {
        /// <summary>Raised on any change a consumer could notice other than an added property.</summary>
        public const int SchemaVersion = 1;

        public string Format => "json";

        public void Write(ScanResult result, TextWriter output)
        {
            var summary = ReportSummary.Of(result);
            var document = new JsonObject
            {
                ["schemaVersion"] = SchemaVersion,
                ["tool"] = new JsonObject
                {
                    ["name"] = ToolInfo.Name,
                    ["version"] = ToolInfo.Version,
                    ["informationUri"] = ToolInfo.InformationUri,
                },
                ["root"] = result.Root,
                ["summary"] = Summary(summary),
                ["findings"] = new JsonArray(ReportOrder.Findings(result.Findings).Select(Finding).ToArray<JsonNode?>()),
                ["notices"] = new JsonArray(ReportOrder.Notices(result.Notices).Select(n => (JsonNode?)new JsonObject
                {
                    ["path"] = n.Path,
                    ["message"] = n.Message,
                }).ToArray()),
                ["failures"] = new JsonArray(ReportOrder.Failures(result.Failures).Select(f => (JsonNode?)new JsonObject
                {
                    ["analyzer"] = f.Analyzer,
                    ["project"] = f.Project,
                    ["message"] = f.Message,
                }).ToArray()),
            };
            JsonOutput.Write(document, output);
        }

        private static JsonObject Summary(ReportSummary summary) => new()
        {
            ["findings"] = summary.Findings,
            ["filesScanned"] = summary.FilesScanned,
            ["filesWithFindings"] = summary.FilesWithFindings,
            ["notices"] = summary.Notices,
            ["analyzerFailures"] = summary.Failures,
            ["elapsedSeconds"] = Math.Round(summary.Elapsed.TotalSeconds, 3),
            ["bySeverity"] = Counts(SeverityNames.MostSevereFirst.Select(s =>
                new KeyValuePair<string, int>(SeverityNames.Name(s), summary.BySeverity[s]))),
            ["byRule"] = Counts(summary.ByRule),
            ["byFamily"] = Counts(summary.ByFamily),
            ["byVirtue"] = Counts(summary.ByVirtue),
        };

        private static JsonObject Counts(IEnumerable<KeyValuePair<string, int>> counts)
        {
            var json = new JsonObject();
            foreach (var (key, count) in counts)
            {
                json[key] = count;
            }

            return json;
        }

        private static JsonObject Finding(Finding finding)
        {
            var span = finding.Span;
            return new JsonObject
            {
                ["ruleId"] = finding.RuleId,
                ["title"] = RuleInfo.Title(finding.Rule),
                ["family"] = RuleInfo.Family(finding.Rule),
                ["severity"] = SeverityNames.Name(finding.Severity),
                ["message"] = finding.Message,
                ["path"] = finding.Path,
                ["line"] = span.IsNone ? null : span.StartLine,
                ["column"] = span.IsNone ? null : span.StartColumn,
                ["endLine"] = span.IsNone ? null : span.EndLine,
                ["endColumn"] = span.IsNone ? null : span.EndColumn,
                ["virtues"] = new JsonArray(RuleInfo.Virtues(finding.Rule).Select(v => (JsonNode?)v).ToArray()),
                ["helpUri"] = RuleInfo.HelpUri(finding.Rule),
            };
        }
    }
}
