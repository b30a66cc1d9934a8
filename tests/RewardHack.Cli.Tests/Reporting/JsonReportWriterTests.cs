using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Reporting;
using RewardHackAnalyzers.Catalog;
using Xunit;
using static RewardHack.Cli.Tests.Reporting.SampleScans;

namespace RewardHack.Cli.Tests.Reporting
{
    public sealed class JsonReportWriterTests
    {
        private const string DocsBase = "https://github.com/rewardhackanalyzers/RewardHackAnalyzers/blob/main/docs/rules/";

        private static readonly JsonReportWriter Writer = new();

        private static readonly string[] Positions = { "line", "column", "endLine", "endColumn" };

        [Fact]
        public void Writes_schema_version_tool_root_and_summary()
        {
            using var tree = MoneyTree();
            using var json = JsonDocument.Parse(Render(Writer, Full(tree.Root)));
            var root = json.RootElement;

            JsonAssert.PropertyNames(root, "schemaVersion", "tool", "root", "summary", "findings", "notices", "failures");
            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            JsonAssert.PropertyNames(root.GetProperty("tool"), "name", "version", "informationUri");
            Assert.Equal("rewardhack", root.GetProperty("tool").GetProperty("name").GetString());
            Assert.Equal(ToolInfo.Version, root.GetProperty("tool").GetProperty("version").GetString());
            Assert.Equal("https://github.com/rewardhackanalyzers/RewardHackAnalyzers", root.GetProperty("tool").GetProperty("informationUri").GetString());
            Assert.Equal(tree.Root, root.GetProperty("root").GetString());

            var summary = root.GetProperty("summary");
            JsonAssert.PropertyNames(
                summary,
                "findings", "filesScanned", "filesWithFindings", "notices", "analyzerFailures", "elapsedSeconds",
                "bySeverity", "byRule", "byFamily", "byVirtue");
            Assert.Equal(4, summary.GetProperty("findings").GetInt32());
            Assert.Equal(12, summary.GetProperty("filesScanned").GetInt32());
            Assert.Equal(3, summary.GetProperty("filesWithFindings").GetInt32());
            Assert.Equal(1, summary.GetProperty("notices").GetInt32());
            Assert.Equal(1, summary.GetProperty("analyzerFailures").GetInt32());
            Assert.Equal(1.234, summary.GetProperty("elapsedSeconds").GetDouble());
            JsonAssert.Counts(summary.GetProperty("bySeverity"), "error=1", "warning=2", "info=1", "hidden=0");
            JsonAssert.Counts(summary.GetProperty("byRule"), "RH0001=1", "RH0101=1", "RH0404=1", "RH0503=1");
            JsonAssert.Counts(summary.GetProperty("byFamily"), "FakedSuccess=1", "OversightEvasion=1", "RiggedEquality=1", "WeakenedTests=1");
            JsonAssert.Counts(
                summary.GetProperty("byVirtue"),
                "DiversityPreservation=1", "FragilityAwareness=2", "LegitimacyMaintenance=4", "NonDomination=2", "SelfLimitation=2");
        }

        [Fact]
        public void Writes_findings_in_path_line_column_order_with_every_field()
        {
            using var tree = MoneyTree();
            using var json = JsonDocument.Parse(Render(Writer, Full(tree.Root)));
            var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();

            Assert.Equal("RH0503 RH0001 RH0101 RH0404", string.Join(" ", findings.Select(f => f.GetProperty("ruleId").GetString())));
            foreach (var finding in findings)
            {
                JsonAssert.PropertyNames(
                    finding,
                    "ruleId", "title", "family", "severity", "message", "path", "line", "column", "endLine", "endColumn", "virtues", "helpUri");
            }

            var wholeFile = findings[0];
            Assert.Equal("Reward-hack rules suppressed in the build configuration", wholeFile.GetProperty("title").GetString());
            Assert.Equal("OversightEvasion", wholeFile.GetProperty("family").GetString());
            Assert.Equal("warning", wholeFile.GetProperty("severity").GetString());
            Assert.Equal("Kata.csproj suppresses RewardHackAnalyzers rules", wholeFile.GetProperty("message").GetString());
            Assert.Equal("Kata.csproj", wholeFile.GetProperty("path").GetString());
            foreach (var position in Positions)
            {
                Assert.Equal(JsonValueKind.Null, wholeFile.GetProperty(position).ValueKind);
            }

            JsonAssert.Strings(wholeFile.GetProperty("virtues"), "LegitimacyMaintenance", "NonDomination");
            Assert.Equal(DocsBase + "RH0503.md", wholeFile.GetProperty("helpUri").GetString());

            var exit = findings[2];
            Assert.Equal("Process exit in test or library code", exit.GetProperty("title").GetString());
            Assert.Equal("FakedSuccess", exit.GetProperty("family").GetString());
            Assert.Equal("error", exit.GetProperty("severity").GetString());
            Assert.Equal(ProcessExit.Message, exit.GetProperty("message").GetString());
            Assert.Equal("src/Money.cs", exit.GetProperty("path").GetString());
            Assert.Equal(6, exit.GetProperty("line").GetInt32());
            Assert.Equal(32, exit.GetProperty("column").GetInt32());
            Assert.Equal(6, exit.GetProperty("endLine").GetInt32());
            Assert.Equal(58, exit.GetProperty("endColumn").GetInt32());
            JsonAssert.Strings(exit.GetProperty("virtues"), "LegitimacyMaintenance", "FragilityAwareness", "SelfLimitation");
            Assert.Equal(DocsBase + "RH0101.md", exit.GetProperty("helpUri").GetString());

            Assert.Equal("info", findings[3].GetProperty("severity").GetString());
            Assert.Equal(5, findings[1].GetProperty("line").GetInt32());
        }

        [Fact]
        public void Writes_notices_and_failures()
        {
            using var tree = MoneyTree();
            using var json = JsonDocument.Parse(Render(Writer, Full(tree.Root)));

            var notice = Assert.Single(json.RootElement.GetProperty("notices").EnumerateArray());
            JsonAssert.PropertyNames(notice, "path", "message");
            Assert.Equal("assets/logo.cs", notice.GetProperty("path").GetString());
            Assert.Equal("skipped: binary file", notice.GetProperty("message").GetString());

            var failure = Assert.Single(json.RootElement.GetProperty("failures").EnumerateArray());
            JsonAssert.PropertyNames(failure, "analyzer", "project", "message");
            Assert.Equal("ProcessExitAnalyzer", failure.GetProperty("analyzer").GetString());
            Assert.Equal("Kata.Tests", failure.GetProperty("project").GetString());
            Assert.Equal(CrashedAnalyzer.Message, failure.GetProperty("message").GetString());
        }

        [Fact]
        public void A_clean_result_has_empty_lists_and_zero_counts()
        {
            using var tree = MoneyTree();
            using var json = JsonDocument.Parse(Render(Writer, Clean(tree.Root)));
            var root = json.RootElement;
            var summary = root.GetProperty("summary");

            Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
            Assert.Equal(0, root.GetProperty("notices").GetArrayLength());
            Assert.Equal(0, root.GetProperty("failures").GetArrayLength());
            Assert.Equal(0, summary.GetProperty("findings").GetInt32());
            Assert.Equal(12, summary.GetProperty("filesScanned").GetInt32());
            Assert.Equal(0, summary.GetProperty("filesWithFindings").GetInt32());
            JsonAssert.Counts(summary.GetProperty("bySeverity"), "error=0", "warning=0", "info=0", "hidden=0");
            JsonAssert.Counts(summary.GetProperty("byRule"));
            JsonAssert.Counts(summary.GetProperty("byFamily"));
            JsonAssert.Counts(summary.GetProperty("byVirtue"));
        }

        [Fact]
        public void The_same_scan_in_any_order_gives_the_same_bytes()
        {
            using var tree = MoneyTree();
            var result = Full(tree.Root);
            var shuffled = result with
            {
                Findings = result.Findings.Reverse().ToImmutableArray(),
                Notices = ImmutableArray.Create(new ScanNotice("z.cs", "skipped: too large"), BinaryFile),
                Failures = ImmutableArray.Create(CrashedAnalyzer, new AnalyzerFailure("A", "Kata", "boom")),
            };
            var sorted = result with
            {
                Notices = ImmutableArray.Create(BinaryFile, new ScanNotice("z.cs", "skipped: too large")),
                Failures = ImmutableArray.Create(new AnalyzerFailure("A", "Kata", "boom"), CrashedAnalyzer),
            };

            Assert.Equal(Render(Writer, sorted), Render(Writer, shuffled));
        }

        [Fact]
        public void Messages_and_paths_round_trip_exactly()
        {
            const string message = "line one\r\nline \"two\" <script>alert('x')</script> 100% \\ \u00e9\u4e2d \u001b[31m";
            const string path = "src/a:b,c %20 d.cs";
            var finding = new Finding(Rules.RH0001_EqualsAlwaysTrue, DiagnosticSeverity.Warning, message, path, new SourceSpan(1, 1, 1, 2));
            using var tree = MoneyTree();

            using var json = JsonDocument.Parse(Render(Writer, With(tree.Root, finding)));
            var written = json.RootElement.GetProperty("findings")[0];

            Assert.Equal(message, written.GetProperty("message").GetString());
            Assert.Equal(path, written.GetProperty("path").GetString());
        }

        [Fact]
        public void The_tool_version_is_the_assembly_version_without_build_metadata()
        {
            var version = typeof(ToolInfo).Assembly.GetName().Version!;

            Assert.Equal(version.ToString(3), ToolInfo.Version);
        }
    }
}
