using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>`rewardhack rules` lists the catalog; `rewardhack explain` prints a rule's page, embedded in the tool.</summary>
    public class RulesAndExplainTests
    {
        [Fact]
        public async Task Rules_lists_every_rule_with_family_severity_title_and_virtues()
        {
            var run = await CliRun.Of("rules");

            Assert.Equal(0, run.ExitCode);
            foreach (var rule in Rules.All)
            {
                var row = Assert.Single(run.OutLines, l => l.Contains(" " + rule.Id + " ", System.StringComparison.Ordinal));
                var cells = row.Split('│').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
                Assert.Equal(
                    [rule.Id, rule.Category, rule.DefaultSeverity.ToString(), rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", RuleFactory.Virtues(rule))],
                    cells);
            }

            Assert.Equal($"{Rules.All.Length} rules. 'rewardhack explain <id>' shows a rule's page.", run.OutLines[^1]);
        }

        [Fact]
        public async Task Explain_prints_the_rules_page()
        {
            var page = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "rules", "RH0001.md"));

            var run = await CliRun.Of("explain", "rh0001");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(page[0].TrimStart('#').Trim(), run.OutLines[0]);
            Assert.Equal(page.Count(l => !l.StartsWith("```", System.StringComparison.Ordinal)), run.Out.TrimEnd('\n').Split('\n').Length);
            Assert.Contains("    " + page.SkipWhile(l => !l.StartsWith("```", System.StringComparison.Ordinal)).Skip(1).First(l => l.Length > 0), run.OutLines);
        }

        [Fact]
        public void Every_rule_has_its_page_embedded()
        {
            foreach (var rule in Rules.All)
            {
                var expected = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", rule.Id + ".md"));

                Assert.Equal(expected, RewardHack.Cli.Commands.RuleDocs.Page(rule.Id));
            }
        }

        [Fact]
        public async Task Explain_of_an_unknown_rule_exits_2_with_one_line()
        {
            var run = await CliRun.Of("explain", "RH9999");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("rewardhack: no rule 'RH9999'; 'rewardhack rules' lists them.\n", run.Error);
            Assert.Equal(string.Empty, run.Out);
        }

        [Fact]
        public async Task Scan_help_says_msbuild_mode_runs_the_projects_build_logic()
        {
            var run = await CliRun.Of("scan", "--help");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("This RUNS the projects' build logic (props, targets, tasks): only for trusted code.", run.Out.ReplaceLineEndings(" ").Replace("  ", " ", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        }
    }
}
