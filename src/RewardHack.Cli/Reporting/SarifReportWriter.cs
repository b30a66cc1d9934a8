using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// `--format sarif`: SARIF 2.1.0 with one run, uploadable to GitHub code scanning. The driver carries every catalog rule with
    /// its MCI rationale and help link; results are relative to %SRCROOT% (the scan root) with 1-based regions, and carry a
    /// line-text fingerprint; analyzer failures make the invocation unsuccessful and are listed as notifications with the notices.
    /// </summary>
    public sealed class SarifReportWriter : IReportWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        public const string SarifVersion = "2.1.0";

        /// <summary>The notification descriptor id of an analyzer failure: the compiler's own id for an analyzer exception.</summary>
        public const string AnalyzerFailureId = "AD0001";

        public string Format => "sarif";

        public void Write(ScanResult result, TextWriter output)
        {
            var findings = ReportOrder.Findings(result.Findings);
            var rules = new SarifRules(findings);
            var fingerprints = new SarifFingerprint(new SourceFiles(result.Root));

            var run = new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = ToolInfo.Name,
                        ["version"] = ToolInfo.Version,
                        ["semanticVersion"] = ToolInfo.Version,
                        ["informationUri"] = ToolInfo.InformationUri,
                        ["rules"] = rules.ToJson(),
                    },
                },
                ["invocations"] = new JsonArray(Invocation(result)),
            };
            if (ArtifactUri.Root(result.Root) is { } rootUri)
            {
                run["originalUriBaseIds"] = new JsonObject { [ArtifactUri.SourceRootBaseId] = new JsonObject { ["uri"] = rootUri } };
            }

            run["columnKind"] = "utf16CodeUnits";
            run["results"] = new JsonArray(findings.Select(f => (JsonNode?)Result(f, rules, fingerprints)).ToArray());

            JsonOutput.Write(
                new JsonObject
                {
                    ["$schema"] = SchemaUri,
                    ["version"] = SarifVersion,
                    ["runs"] = new JsonArray(run),
                },
                output);
        }

        private static JsonObject Result(Finding finding, SarifRules rules, SarifFingerprint fingerprints) => new()
        {
            ["ruleId"] = finding.RuleId,
            ["ruleIndex"] = rules.IndexOf(finding.RuleId),
            ["level"] = SeverityNames.SarifLevel(finding.Severity),
            ["message"] = new JsonObject { ["text"] = finding.Message },
            ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = PhysicalLocation(finding.Path, finding.Span) }),
            ["partialFingerprints"] = new JsonObject { [SarifFingerprint.Key] = fingerprints.Next(finding) },
            ["properties"] = new JsonObject { ["tags"] = SarifRules.Tags(finding.Rule) },
        };

        /// <summary>The file relative to %SRCROOT%, and the region unless the finding is about the whole file.</summary>
        private static JsonObject PhysicalLocation(string path, SourceSpan span)
        {
            var location = new JsonObject
            {
                ["artifactLocation"] = new JsonObject
                {
                    ["uri"] = ArtifactUri.Relative(path),
                    ["uriBaseId"] = ArtifactUri.SourceRootBaseId,
                },
            };
            if (!span.IsNone)
            {
                // SARIF rejects a whole log for one region below 1 or ending before it starts: keep every region valid.
                var startColumn = System.Math.Max(1, span.StartColumn);
                var endLine = System.Math.Max(span.StartLine, span.EndLine);
                var endColumn = endLine == span.StartLine ? System.Math.Max(startColumn, span.EndColumn) : System.Math.Max(1, span.EndColumn);
                location["region"] = new JsonObject
                {
                    ["startLine"] = span.StartLine,
                    ["startColumn"] = startColumn,
                    ["endLine"] = endLine,
                    ["endColumn"] = endColumn,
                };
            }

            return location;
        }

        private static JsonObject Invocation(ScanResult result)
        {
            var invocation = new JsonObject { ["executionSuccessful"] = result.Failures.IsEmpty };
            var notifications = ReportOrder.Failures(result.Failures).Select(f => (JsonNode?)new JsonObject
                {
                    ["level"] = "error",
                    ["message"] = new JsonObject { ["text"] = "Analyzer '" + f.Analyzer + "' failed on '" + f.Project + "': " + f.Message },
                    ["descriptor"] = new JsonObject { ["id"] = AnalyzerFailureId },
                    ["properties"] = new JsonObject { ["analyzer"] = f.Analyzer, ["project"] = f.Project },
                })
                .Concat(ReportOrder.Notices(result.Notices).Select(n => (JsonNode?)new JsonObject
                {
                    ["level"] = "note",
                    ["message"] = new JsonObject { ["text"] = n.Message },
                    ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = PhysicalLocation(n.Path, SourceSpan.None) }),
                }))
                .ToArray();
            if (notifications.Length > 0)
            {
                invocation["toolExecutionNotifications"] = new JsonArray(notifications);
            }

            return invocation;
        }
    }
}
