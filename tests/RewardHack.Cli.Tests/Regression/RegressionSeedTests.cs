using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Tests.Regression
{
    /// <summary>
    /// The diff rules' seeds (seeds/TestRegression/diff/RH07xx_Name: the test file at the base and at the head, and for
    /// RH0703 the changed production file): committed as two revisions, each is reported by exactly the rule it is named
    /// after; every diff rule has one.
    /// </summary>
    public class RegressionSeedTests
    {
        private static string SeedsFolder { get; } = Path.Combine(RepoPaths.Root, "seeds", "TestRegression", "diff");

        public static TheoryData<string> Seeds => new(Directory.GetDirectories(SeedsFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

        [Theory]
        [MemberData(nameof(Seeds))]
        public async Task Seed_is_reported_by_exactly_the_rule_it_is_named_after(string seed)
        {
            var folder = Path.Combine(SeedsFolder, seed);
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", File.ReadAllText(Path.Combine(folder, "base.cs"))).Commit("base");
            repo.Write("Calc.Tests/MathsTests.cs", File.ReadAllText(Path.Combine(folder, "head.cs")));
            if (File.Exists(Path.Combine(folder, "head.Maths.cs")))
            {
                repo.Write("Calc/Maths.cs", File.ReadAllText(Path.Combine(folder, "head.Maths.cs")));
            }

            var reported = (await repo.DiffAsync()).Select(f => f.Split(' ')[1]).Distinct();

            Assert.Equal([seed[..6]], reported);
        }

        [Fact]
        public void Every_rule_of_the_diff_has_a_seed()
        {
            var diffRules = Rules.All.Where(r => r.Category == RuleCategories.TestRegression && RuleFactory.IsReportedByScanner(r)).Select(r => r.Id);
            var seeded = Directory.GetDirectories(SeedsFolder).Select(d => Path.GetFileName(d)[..6]).Distinct();

            Assert.Equal(diffRules.Order(StringComparer.Ordinal), seeded.Order(StringComparer.Ordinal));
        }
    }
}
