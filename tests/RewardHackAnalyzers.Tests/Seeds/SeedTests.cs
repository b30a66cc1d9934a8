using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Documentation;
using RewardHackAnalyzers.Tests.EndToEnd;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Seeds
{
    /// <summary>
    /// The hack catalog is a contract: every seed compiles, is reported by exactly the rules its header names, and every
    /// rule has a seed. A change that stops catching a documented hack fails here.
    /// </summary>
    public class SeedTests
    {
        private static readonly Regex SeedLink = new(@"^\[(?<text>[^\]]+)\]\((?<target>[^)]+)\)$");

        public static TheoryData<string> Seeds => new(SeedFile.PathsOnDisk());

        [Theory]
        [MemberData(nameof(Seeds))]
        public async Task Seed_is_reported_by_exactly_the_rules_it_names(string seed)
        {
            var file = SeedFile.Load(seed);

            var result = await AnalyzerRun.RunAsync(file.Source, file.ReferenceAssemblies(), file.AdditionalFiles());

            Assert.Empty(result.AnalyzerExceptions);
            Assert.Equal(file.ExpectedRules, result.ReportedIds);
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Seed_header_agrees_with_the_catalog(string seed)
        {
            var file = SeedFile.Load(seed);
            var rule = Rules.All.SingleOrDefault(r => r.Id == file.Rule);

            Assert.NotNull(rule);
            Assert.Equal(rule.Category, file.Category);
            Assert.StartsWith(file.Rule + "_", file.FileName, StringComparison.Ordinal);
            Assert.All(file.AlsoRules, id => Assert.Contains(id, Rules.All.Select(r => r.Id)));
            Assert.DoesNotContain(file.Rule, file.AlsoRules);
            Assert.NotNull(file.ReferenceAssemblies());
        }

        [Fact]
        public void Every_rule_has_a_seed()
        {
            var seeded = SeedFile.All().Select(s => s.Rule);

            // A rule the build logic or the scanner reports has no C# shape to seed; the package's end-to-end tests and the
            // scanner's seed tests (tests/RewardHack.Cli.Tests/BuildTampering) cover it.
            Assert.Empty(Rules.All.Where(r => !RuleFactory.IsReportedByBuild(r) && !RuleFactory.IsReportedByScanner(r)).Select(r => r.Id).Except(seeded));
        }

        [Fact]
        public void Seeds_readme_lists_every_seed_with_its_rule_and_hack()
        {
            var readme = MarkdownDocument.Load(Path.Combine(RepoPaths.Root, $"{SeedFile.Folder}/README.md"));
            var listed = readme.Table("Seed", "Rule", "Hack", "Shape").Rows
                .Select(r => (Path: LinkTarget(r[0]), Rule: r[1], Hack: r[2]))
                .OrderBy(r => r.Path, StringComparer.Ordinal);

            var onDisk = SeedFile.All().Select(s => (Path: s.RelativePath, s.Rule, s.Hack));

            Assert.Equal(onDisk, listed);
        }

        [Fact]
        public void Every_seed_is_a_hack_of_the_catalog_that_lists_its_rule()
        {
            var hacks = MarkdownDocument.Load(Path.Combine(RepoPaths.Root, $"{SeedFile.Folder}/README.md"))
                .Table("Hack", "Name", "What the code does", "Rules").Rows
                .ToDictionary(r => r[0], r => r[3].Split(',').Select(id => id.Trim()).ToList(), StringComparer.Ordinal);

            Assert.All(SeedFile.All(), s =>
            {
                Assert.True(hacks.ContainsKey(s.Hack), $"{s.RelativePath}: hack '{s.Hack}' is not in the catalog.");
                Assert.Contains(s.Rule, hacks[s.Hack]);
            });
        }

        private static string LinkTarget(string cell)
        {
            var match = SeedLink.Match(cell);
            Assert.True(match.Success, $"'{cell}' is not a [path](path) link.");
            Assert.Equal(match.Groups["text"].Value, match.Groups["target"].Value);
            return match.Groups["target"].Value;
        }
    }
}
