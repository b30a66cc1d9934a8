using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Loading;

namespace RewardHack.Cli.Tests.Scanning
{
    /// <summary>
    /// Only the scan sees both sides: a lookup table in `src` is a memorised answer exactly when a test in another project
    /// passes its key. The build of the production project alone cannot know that, so it stays silent there.
    /// </summary>
    public class CrossProjectEvidenceTests
    {
        private const string Coupons = """
            namespace Shop
            {
                public static class Coupons
                {
                    public static decimal PercentOff(string code) => code switch
                    {
                        "SPRING24" => 15m,
                        "VIP2024" => 20m,
                        _ => 0m,
                    };
                }
            }
            """;

        private const string CouponTests = """
            using Xunit;

            namespace Shop.Tests
            {
                public class CouponTests
                {
                    [Fact]
                    public void VipCodeTakesTwentyPercent() => Assert.Equal(20m, Shop.Coupons.PercentOff("VIP2024"));
                }
            }
            """;

        [Fact]
        public async Task A_lookup_key_that_a_test_in_another_project_passes_is_reported_with_that_test()
        {
            using var tree = new TempTree()
                .Write("src/Shop/Shop.csproj", ProjectText.Csproj())
                .Write("src/Shop/Coupons.cs", Coupons)
                .Write("tests/Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("xunit").Replace("</Project>", """
                    <ItemGroup><ProjectReference Include="../../src/Shop/Shop.csproj" /></ItemGroup>
                    </Project>
                    """))
                .Write("tests/Shop.Tests/CouponTests.cs", CouponTests);

            var result = await Scan.Of(tree.Root);

            var finding = Assert.Single(result.Findings);
            Assert.Equal(("RH0202", "src/Shop/Coupons.cs", 8, 13), (finding.RuleId, finding.Path, finding.Span.StartLine, finding.Span.StartColumn));
            Assert.Equal(
                "'Coupons.PercentOff' returns a hard-coded answer when 'code' is \"VIP2024\", the input of test 'Shop.Tests.CouponTests.VipCodeTakesTwentyPercent'",
                finding.Message);
        }

        [Fact]
        public async Task The_same_lookup_table_without_tests_that_pass_its_keys_is_silent()
        {
            using var tree = new TempTree()
                .Write("src/Shop/Shop.csproj", ProjectText.Csproj())
                .Write("src/Shop/Coupons.cs", Coupons);

            var result = await Scan.Of(tree.Root);

            Assert.Empty(result.Findings.Select(f => f.RuleId));
        }
    }
}
