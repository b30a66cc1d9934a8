using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.Scanning
{
    /// <summary>`--rules`, `--include` and `--exclude` narrow the reported findings.</summary>
    public class FilterTests
    {
        private static TempTree Tree() => new TempTree()
            .Write("src/Money.cs", """
                public sealed class Money
                {
                    public decimal Amount { get; set; }

                    public override bool Equals(object? obj) => true;

                    public override int GetHashCode() => 0;

                    public static bool operator ==(Money a, Money b) => true;

                    public static bool operator !=(Money a, Money b) => false;
                }
                """)
            .Write("tests/PriceTests.cs", """
                using Xunit;

                public class PriceTests
                {
                    [Fact]
                    public void Price_is_positive() => Assert.True(true);
                }
                """);

        [Fact]
        public async Task Without_filters_every_finding_is_reported()
        {
            using var tree = Tree();

            var run = await CliRun.Of("scan", tree.Root, "--no-progress");

            Assert.Equal(
                ["src/Money.cs(5,26): Warning RH0001", "src/Money.cs(9,33): Warning RH0002", "src/Money.cs(11,33): Warning RH0002", "tests/PriceTests.cs(6,40): Warning RH0104"],
                run.OutLines);
        }

        [Theory]
        [InlineData("RH0001", "src/Money.cs(5,26): Warning RH0001")]
        [InlineData("rh0104", "tests/PriceTests.cs(6,40): Warning RH0104")]
        [InlineData("RH000*,RH0104", "src/Money.cs(5,26): Warning RH0001|src/Money.cs(9,33): Warning RH0002|src/Money.cs(11,33): Warning RH0002|tests/PriceTests.cs(6,40): Warning RH0104")]
        [InlineData("RH01*", "tests/PriceTests.cs(6,40): Warning RH0104")]
        [InlineData("RH09*", "")]
        public async Task Rules_filter_keeps_the_named_rules(string rules, string expected)
        {
            using var tree = Tree();

            var run = await CliRun.Of("scan", tree.Root, "--no-progress", "--rules", rules);

            Assert.Equal(expected.Split('|', System.StringSplitOptions.RemoveEmptyEntries), run.OutLines);
        }

        [Fact]
        public async Task Include_and_exclude_globs_select_files()
        {
            using var tree = Tree();

            var included = await CliRun.Of("scan", tree.Root, "--no-progress", "--include", "tests/**");
            var excluded = await CliRun.Of("scan", tree.Root, "--no-progress", "--exclude", "**/Money.cs");
            var both = await CliRun.Of("scan", tree.Root, "--no-progress", "--include", "src/**", "--include", "tests/**", "--exclude", "src/**");

            Assert.Equal(["tests/PriceTests.cs(6,40): Warning RH0104"], included.OutLines);
            Assert.Equal(["tests/PriceTests.cs(6,40): Warning RH0104"], excluded.OutLines);
            Assert.Equal(["tests/PriceTests.cs(6,40): Warning RH0104"], both.OutLines);
        }

        [Fact]
        public async Task Rules_filter_that_names_no_rule_is_a_usage_error()
        {
            using var tree = Tree();

            var run = await CliRun.Of("scan", tree.Root, "--no-progress", "--rules", "CA1000");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("rewardhack: --rules: 'CA1000' is not a rule id (RH0001) or prefix (RH01*).\n", run.Error);
        }
    }
}
