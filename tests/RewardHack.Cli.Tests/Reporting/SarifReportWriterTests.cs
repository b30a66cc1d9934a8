using System;
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
    public sealed class SarifReportWriterTests
    {
        private const string DocsBase = "https://github.com/rewardhackanalyzers/RewardHackAnalyzers/blob/main/docs/rules/";

        private static readonly SarifReportWriter Writer = new();

        private static JsonDocument Sarif(ScanResult result) => JsonDocument.Parse(Render(Writer, result));

        private static JsonElement Run(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0];

        private static JsonElement[] Results(JsonDocument sarif) => Run(sarif).GetProperty("results").EnumerateArray().ToArray();

        private static string Fingerprint(JsonElement result) => result.GetProperty("partialFingerprints").GetProperty("rewardhack/v1").GetString()!;

        [Fact]
        public void Full_clean_and_unreadable_root_logs_have_the_sarif_2_1_0_structure()
        {
            using var tree = MoneyTree();
            using var full = Sarif(Full(tree.Root));
            using var clean = Sarif(Clean(tree.Root));
            using var noRoot = Sarif(With("/no/such/rewardhack/root", RiggedEquals, SuppressedRules));

            SarifStructure.AssertValid(full.RootElement);
            SarifStructure.AssertValid(clean.RootElement);
            SarifStructure.AssertValid(noRoot.RootElement);
            JsonAssert.PropertyNames(full.RootElement, "$schema", "version", "runs");
            Assert.Equal(1, full.RootElement.GetProperty("runs").GetArrayLength());
            JsonAssert.PropertyNames(Run(full), "tool", "invocations", "originalUriBaseIds", "columnKind", "results");
            Assert.Equal("utf16CodeUnits", Run(full).GetProperty("columnKind").GetString());
        }

        [Theory]
        [InlineData("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"")]
        [InlineData("\"ruleIndex\": 0,", "\"ruleIndex\": 1,")]
        [InlineData("\"level\": \"note\"", "\"level\": \"info\"")]
        [InlineData("\"startLine\": 5", "\"startLine\": 0")]
        [InlineData("\"uriBaseId\": \"%SRCROOT%\"", "\"uriBaseId\": \"%ELSEWHERE%\"")]
        public void The_structure_check_rejects_a_log_that_breaks_a_requirement(string valid, string broken)
        {
            using var tree = MoneyTree();
            var log = Render(Writer, Full(tree.Root));
            Assert.Contains(valid, log, StringComparison.Ordinal);

            using var sarif = JsonDocument.Parse(log.Replace(valid, broken, StringComparison.Ordinal));

            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SarifStructure.AssertValid(sarif.RootElement));
        }

        [Fact]
        public void The_driver_lists_every_catalog_rule_in_id_order()
        {
            using var tree = MoneyTree();
            using var sarif = Sarif(Clean(tree.Root));
            var driver = Run(sarif).GetProperty("tool").GetProperty("driver");

            JsonAssert.PropertyNames(driver, "name", "version", "semanticVersion", "informationUri", "rules");
            Assert.Equal("rewardhack", driver.GetProperty("name").GetString());
            Assert.Equal(ToolInfo.Version, driver.GetProperty("version").GetString());
            Assert.Equal(ToolInfo.Version, driver.GetProperty("semanticVersion").GetString());
            Assert.Equal("https://github.com/rewardhackanalyzers/RewardHackAnalyzers", driver.GetProperty("informationUri").GetString());
            Assert.Equal(
                Rules.All.Select(r => r.Id).ToArray(),
                driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray());
        }

        [Fact]
        public void A_rule_carries_its_title_description_mci_rationale_help_level_and_tags()
        {
            using var tree = MoneyTree();
            using var sarif = Sarif(Clean(tree.Root));
            var rule = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
            const string what = "An Equals override, IEquatable<T>.Equals or record Equals that returns true on every path, " +
                "or never reads its argument, on a type that has instance state.";
            const string rationale = "An equality that always says \"equal\" makes every comparison pass whatever was computed. " +
                "That violates Legitimacy Maintenance and Non-Domination: reviewers and CI rely on a green signal " +
                "that was produced by nothing, and Self-Limitation: it optimises the test verdict instead of the behaviour.";

            JsonAssert.PropertyNames(
                rule, "id", "name", "shortDescription", "fullDescription", "helpUri", "help", "defaultConfiguration", "properties");
            Assert.Equal("RH0001", rule.GetProperty("id").GetString());
            Assert.Equal("EqualsAlwaysReportsEqual", rule.GetProperty("name").GetString());
            Assert.Equal("Equals always reports equal", rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(what + " MCI: " + rationale, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(DocsBase + "RH0001.md", rule.GetProperty("helpUri").GetString());
            Assert.Equal(
                "Equals always reports equal\n\n" + what +
                "\n\nMCI (Legitimacy Maintenance, Non-Domination, Self-Limitation): " + rationale +
                "\n\nDocumentation: " + DocsBase + "RH0001.md",
                rule.GetProperty("help").GetProperty("text").GetString());
            Assert.Equal(
                "**Equals always reports equal** (RiggedEquality)\n\n" +
                "An Equals override, IEquatable&lt;T&gt;.Equals or record Equals that returns true on every path, " +
                "or never reads its argument, on a type that has instance state." +
                "\n\n**MCI** (Legitimacy Maintenance, Non-Domination, Self-Limitation): " + rationale +
                "\n\n[Rule documentation](" + DocsBase + "RH0001.md)",
                rule.GetProperty("help").GetProperty("markdown").GetString());
            var configuration = rule.GetProperty("defaultConfiguration");
            Assert.True(configuration.GetProperty("enabled").GetBoolean());
            Assert.Equal("warning", configuration.GetProperty("level").GetString());
            var properties = rule.GetProperty("properties");
            JsonAssert.PropertyNames(properties, "category", "tags", "precision", "problem.severity");
            Assert.Equal("RiggedEquality", properties.GetProperty("category").GetString());
            JsonAssert.Strings(
                properties.GetProperty("tags"), "RiggedEquality", "MCI:LegitimacyMaintenance", "MCI:NonDomination", "MCI:SelfLimitation");
            Assert.Equal("high", properties.GetProperty("precision").GetString());
            Assert.Equal("warning", properties.GetProperty("problem.severity").GetString());
        }

        [Fact]
        public void Results_carry_rule_index_level_message_location_region_and_virtue_tags()
        {
            using var tree = MoneyTree();
            using var sarif = Sarif(Full(tree.Root));
            var results = Results(sarif);
            var ruleIds = Rules.All.Select(r => r.Id).ToList();

            Assert.Equal("RH0503 RH0001 RH0101 RH0404", string.Join(" ", results.Select(r => r.GetProperty("ruleId").GetString())));
            Assert.Equal("warning warning error note", string.Join(" ", results.Select(r => r.GetProperty("level").GetString())));
            Assert.Equal(
                results.Select(r => ruleIds.IndexOf(r.GetProperty("ruleId").GetString()!)).ToArray(),
                results.Select(r => r.GetProperty("ruleIndex").GetInt32()).ToArray());

            var exit = results[2];
            JsonAssert.PropertyNames(exit, "ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints", "properties");
            Assert.Equal(ProcessExit.Message, exit.GetProperty("message").GetProperty("text").GetString());
            var location = Assert.Single(exit.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal("src/Money.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            JsonAssert.Counts(location.GetProperty("region"), "startLine=6", "startColumn=32", "endLine=6", "endColumn=58");
            JsonAssert.Strings(
                exit.GetProperty("properties").GetProperty("tags"),
                "FakedSuccess", "MCI:LegitimacyMaintenance", "MCI:FragilityAwareness", "MCI:SelfLimitation");

            var wholeFile = Assert.Single(results[0].GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            JsonAssert.PropertyNames(wholeFile, "artifactLocation");
            Assert.Equal("Kata.csproj", wholeFile.GetProperty("artifactLocation").GetProperty("uri").GetString());
        }

        [Theory]
        [InlineData(3, 0, 2, 0, "startLine=3", "startColumn=1", "endLine=3", "endColumn=1")]
        [InlineData(3, 7, 3, 2, "startLine=3", "startColumn=7", "endLine=3", "endColumn=7")]
        [InlineData(3, 7, 4, 0, "startLine=3", "startColumn=7", "endLine=4", "endColumn=1")]
        public void Regions_are_kept_valid_whatever_span_they_are_given(
            int line, int column, int endLine, int endColumn, string start, string startColumn, string end, string endColumnText)
        {
            using var tree = MoneyTree();
            using var sarif = Sarif(With(tree.Root, RiggedEquals with { Span = new SourceSpan(line, column, endLine, endColumn) }));

            JsonAssert.Counts(
                Results(sarif)[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region"),
                start, startColumn, end, endColumnText);
            SarifStructure.AssertValid(sarif.RootElement);
        }

        [Fact]
        public void The_source_root_is_the_scan_root_as_a_file_uri()
        {
            using var tree = MoneyTree();
            using var sarif = Sarif(Full(tree.Root));

            var root = Run(sarif).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;

            Assert.Equal(new Uri(tree.Root + "/").AbsoluteUri, root);
            Assert.Equal(tree.PathOf("src/Money.cs"), new Uri(new Uri(root), "src/Money.cs").LocalPath);
        }

        [Fact]
        public void Paths_with_reserved_characters_are_escaped_relative_uris_that_resolve_to_the_file()
        {
            const string path = "src/a:b,c #1 100%.cs";
            using var tree = MoneyTree().Write(path, "class C { }\n");
            using var sarif = Sarif(With(tree.Root, RiggedEquals with { Path = path, Span = new SourceSpan(1, 1, 1, 6) }));

            var uri = Results(sarif)[0].GetProperty("locations")[0].GetProperty("physicalLocation")
                .GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            var root = Run(sarif).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;

            Assert.Equal("src/a%3Ab%2Cc%20%231%20100%25.cs", uri);
            Assert.Equal(tree.PathOf(path), Uri.UnescapeDataString(new Uri(new Uri(root), uri).AbsolutePath));
            SarifStructure.AssertValid(sarif.RootElement);
        }

        [Fact]
        public void Fingerprints_follow_the_line_text_not_the_line_number()
        {
            using var tree = MoneyTree();
            using var before = Sarif(With(tree.Root, RiggedEquals));
            tree.Write(MoneyPath, "// a new first line\n" + MoneySource);
            using var after = Sarif(With(tree.Root, RiggedEquals with { Span = new SourceSpan(6, 30, 6, 36) }));
            using var otherRule = Sarif(With(tree.Root, RiggedEquals with { Rule = Rules.RH0002_EqualityOperatorAlwaysTrue, Span = new SourceSpan(6, 30, 6, 36) }));

            Assert.Matches("^[0-9a-f]{16}:1$", Fingerprint(Results(before)[0]));
            Assert.Equal(Fingerprint(Results(before)[0]), Fingerprint(Results(after)[0]));
            Assert.NotEqual(Fingerprint(Results(after)[0]), Fingerprint(Results(otherRule)[0]));
        }

        [Fact]
        public void Identical_lines_are_told_apart_by_occurrence()
        {
            using var tree = MoneyTree().Write("src/Twice.cs", "return true;\nreturn true;\n");
            var first = RiggedEquals with { Path = "src/Twice.cs", Span = new SourceSpan(1, 1, 1, 12) };
            var second = first with { Span = new SourceSpan(2, 1, 2, 12) };
            using var sarif = Sarif(With(tree.Root, second, first));

            var fingerprints = Results(sarif).Select(Fingerprint).ToArray();

            Assert.Equal(fingerprints[0][..^2] + ":1", fingerprints[0]);
            Assert.Equal(fingerprints[0][..^2] + ":2", fingerprints[1]);
        }

        [Fact]
        public void An_analyzer_failure_makes_the_invocation_unsuccessful_with_notifications()
        {
            using var tree = MoneyTree();
            using var sarif = Sarif(Full(tree.Root));

            var invocation = Assert.Single(Run(sarif).GetProperty("invocations").EnumerateArray());
            Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
            var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();
            Assert.Equal(2, notifications.Length);

            Assert.Equal("error", notifications[0].GetProperty("level").GetString());
            Assert.Equal(
                "Analyzer 'ProcessExitAnalyzer' failed on 'Kata.Tests': " + CrashedAnalyzer.Message,
                notifications[0].GetProperty("message").GetProperty("text").GetString());
            Assert.Equal("AD0001", notifications[0].GetProperty("descriptor").GetProperty("id").GetString());
            Assert.Equal("ProcessExitAnalyzer", notifications[0].GetProperty("properties").GetProperty("analyzer").GetString());
            Assert.Equal("Kata.Tests", notifications[0].GetProperty("properties").GetProperty("project").GetString());

            Assert.Equal("note", notifications[1].GetProperty("level").GetString());
            Assert.Equal("skipped: binary file", notifications[1].GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(
                "assets/logo.cs",
                notifications[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        }

        [Fact]
        public void A_clean_scan_is_a_successful_invocation_without_results_or_notifications()
        {
            using var tree = MoneyTree();
            using var sarif = Sarif(Clean(tree.Root));

            var invocation = Assert.Single(Run(sarif).GetProperty("invocations").EnumerateArray());
            JsonAssert.PropertyNames(invocation, "executionSuccessful");
            Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
            Assert.Empty(Results(sarif));
        }

        [Fact]
        public void A_reported_rule_missing_from_the_catalog_is_added_to_the_rules()
        {
            var outsider = RuleFactory.Create(
                "ZZ9999", "Outside rule", "{0}", "Elsewhere", DiagnosticSeverity.Info, "Detects nothing.", "No rationale.", MciVirtue.SelfLimitation);
            using var tree = MoneyTree();
            using var sarif = Sarif(With(tree.Root, new Finding(outsider, DiagnosticSeverity.Info, "m", MoneyPath, new SourceSpan(1, 1, 1, 2))));

            var rules = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var result = Results(sarif)[0];

            Assert.Equal(Rules.All.Length + 1, rules.GetArrayLength());
            Assert.Equal(rules.GetArrayLength() - 1, result.GetProperty("ruleIndex").GetInt32());
            Assert.Equal("ZZ9999", rules[rules.GetArrayLength() - 1].GetProperty("id").GetString());
            Assert.Equal("medium", rules[rules.GetArrayLength() - 1].GetProperty("properties").GetProperty("precision").GetString());
            Assert.Equal("recommendation", rules[rules.GetArrayLength() - 1].GetProperty("properties").GetProperty("problem.severity").GetString());
            Assert.Equal("note", result.GetProperty("level").GetString());
            SarifStructure.AssertValid(sarif.RootElement);
        }
    }
}
