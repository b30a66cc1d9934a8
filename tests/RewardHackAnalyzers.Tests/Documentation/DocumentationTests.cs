using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Documentation
{
    /// <summary>
    /// The docs are checked against the catalog, not trusted: every rule has a page with the fixed skeleton, and the
    /// page, the rules index and the README say what the code says.
    /// </summary>
    public class DocumentationTests
    {
        private static readonly string[] ReleaseFiles = { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" };

        public static TheoryData<string> RuleIds => new(Rules.All.Select(r => r.Id));

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Every_rule_has_a_page(string id)
        {
            Assert.True(File.Exists(RulePage.PathOf(id)), $"Missing docs page {RulePage.Folder}/{id}.md");
        }

        [Fact]
        public void Every_page_is_a_catalog_rule()
        {
            Assert.Empty(RulePage.IdsOnDisk().Except(Rules.All.Select(r => r.Id)));
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Page_title_is_the_id_and_the_descriptor_title(string id)
        {
            var rule = Rule(id);

            Assert.Equal($"# {id}: {CatalogColumns.Title(rule)}", RulePage.Load(rule).Title);
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Page_has_the_skeleton_sections_in_order(string id)
        {
            var page = RulePage.Load(id);

            Assert.Equal(RulePage.Sections, page.SectionTitles);
            Assert.Equal(new[] { RulePage.Flagged, RulePage.NotFlagged }, page.ExampleKinds);
            // A rule the build logic or the scanner reports shows project, config and CI files, which the package's
            // end-to-end tests build or the scanner's tests scan.
            if (RuleFactory.IsReportedByBuild(Rule(id)) || RuleFactory.IsReportedByScanner(Rule(id)))
            {
                Assert.NotEmpty(page.ConfigurationExampleBlocks(RulePage.Flagged));
                Assert.NotEmpty(page.ConfigurationExampleBlocks(RulePage.NotFlagged));
                Assert.Empty(page.ExampleBlocks(RulePage.Flagged));
                return;
            }

            Assert.NotEmpty(page.ExampleBlocks(RulePage.Flagged));
            Assert.NotEmpty(page.ExampleBlocks(RulePage.NotFlagged));
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Page_table_matches_the_descriptor(string id)
        {
            var rule = Rule(id);

            var expected = new[]
            {
                ("Id", rule.Id),
                ("Category", rule.Category),
                ("Default severity", CatalogColumns.Severity(rule)),
                ("Code fix", CatalogColumns.CodeFix(rule)),
                ("MCI virtues", CatalogColumns.Virtues(rule)),
            };
            Assert.Equal(expected, RulePage.Load(rule).Properties);
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Why_it_matters_names_every_virtue_the_rule_cites(string id)
        {
            var rule = Rule(id);
            var page = RulePage.Load(rule);

            // "Legitimacy Maintenance" and "Non-Domination" in prose are the tags LegitimacyMaintenance and NonDomination.
            var prose = Regex.Replace(page.Document.TextUnder(page.Section("Why it matters (MCI)")), "[ \\-\\n]", string.Empty);
            Assert.All(RuleFactory.Virtues(rule), v => Assert.Contains(v.ToString(), prose, StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Configuration_and_suppression_are_written_for_this_rule(string id)
        {
            var rule = Rule(id);
            var page = RulePage.Load(rule);

            var configuration = page.Document.TextUnder(page.Section("Configuration"));
            Assert.Contains($"dotnet_diagnostic.{id}.severity", configuration, StringComparison.Ordinal);
            Assert.Contains("RewardHackAnalysisMode", configuration, StringComparison.Ordinal);

            var suppression = page.Document.TextUnder(page.Section("Suppression"));
            Assert.Contains($"#pragma warning disable {id}", suppression, StringComparison.Ordinal);
            Assert.Contains($"SuppressMessage(\"{rule.Category}\", \"{id}:{CatalogColumns.Title(rule)}\"", suppression, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Help_link_is_the_rule_page(string id)
        {
            var rule = Rule(id);
            const string repositoryPath = "/blob/main/";

            Assert.Equal(RuleFactory.HelpLink(id), rule.HelpLinkUri);
            var at = rule.HelpLinkUri.IndexOf(repositoryPath, StringComparison.Ordinal);
            Assert.True(at > 0, $"Help link '{rule.HelpLinkUri}' does not point into the repository's main branch.");
            Assert.True(
                File.Exists(Path.Combine(RepoPaths.Root, rule.HelpLinkUri[(at + repositoryPath.Length)..])),
                $"Help link '{rule.HelpLinkUri}' points at a file that does not exist.");
        }

        [Fact]
        public void Readme_rules_table_is_the_catalog()
        {
            var table = MarkdownDocument.Load(Path.Combine(RepoPaths.Root, "README.md")).Table(CatalogColumns.RulesTableHeader);

            Assert.Equal(CatalogColumns.RulesTableRows($"{RulePage.Folder}/"), CatalogColumns.Rows(table));
        }

        [Fact]
        public void Rules_index_is_the_catalog()
        {
            var table = MarkdownDocument.Load(Path.Combine(RepoPaths.Root, $"{RulePage.Folder}/README.md")).Table(CatalogColumns.RulesTableHeader);

            Assert.Equal(CatalogColumns.RulesTableRows(string.Empty), CatalogColumns.Rows(table));
        }

        [Fact]
        public void Every_code_fix_fixes_a_catalog_rule()
        {
            Assert.Empty(CodeFixCatalog.FixableIds.Except(Rules.All.Select(r => r.Id)));
        }

        [Fact]
        public void Every_rule_is_tracked_in_the_analyzer_releases()
        {
            // Release-tracking tables have no leading pipe: "RH0001 | RiggedEquality | Warning | Notes".
            var row = new Regex("^(RH[0-9]{4}) *\\|");
            var tracked = ReleaseFiles
                .SelectMany(f => File.ReadAllLines(Path.Combine(RepoPaths.Root, $"src/RewardHackAnalyzers/{f}")))
                .Select(line => row.Match(line))
                .Where(m => m.Success)
                .Select(m => m.Groups[1].Value)
                .ToHashSet(StringComparer.Ordinal);

            Assert.Empty(Rules.All.Select(r => r.Id).Except(tracked));
        }

        [Fact]
        public void Relative_links_in_the_docs_resolve()
        {
            var pages = new[] { "README.md", "seeds/README.md", $"{RulePage.Folder}/README.md" }
                .Concat(RulePage.IdsOnDisk().Select(id => $"{RulePage.Folder}/{id}.md"));

            var broken = pages
                .SelectMany(page => LocalLinks(page).Select(target => (Page: page, Target: target)))
                .Where(link => !Exists(Path.Combine(Path.GetDirectoryName(Path.Combine(RepoPaths.Root, link.Page))!, link.Target)))
                .Select(link => $"{link.Page} -> {link.Target}");

            Assert.Empty(broken);
        }

        private static IEnumerable<string> LocalLinks(string page) =>
            Regex.Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, page)), @"\]\((?<target>[^)#\s]+)(#[^)]*)?\)")
                .Select(m => m.Groups["target"].Value)
                .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal));

        private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

        private static DiagnosticDescriptor Rule(string id) => Rules.All.Single(r => r.Id == id);
    }
}
