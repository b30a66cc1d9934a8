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

                    [Fact]
                    public void SpringCodeTakesFifteenPercent() => Assert.Equal(15m, Shop.Coupons.PercentOff("SPRING24"));
                }
            }
            """;

        [Fact]
        public async Task A_lookup_table_whose_keys_tests_in_another_project_pass_is_reported_with_those_tests()
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

            // Every key of the table is a test input, so the table holds exactly the answers the tests ask for.
            Assert.Equal(
                [
                    "src/Shop/Coupons.cs(7,13) RH0202 'Coupons.PercentOff' returns a hard-coded answer when 'code' is \"SPRING24\", the input of test 'Shop.Tests.CouponTests.SpringCodeTakesFifteenPercent'",
                    "src/Shop/Coupons.cs(8,13) RH0202 'Coupons.PercentOff' returns a hard-coded answer when 'code' is \"VIP2024\", the input of test 'Shop.Tests.CouponTests.VipCodeTakesTwentyPercent'",
                ],
                result.Findings.Select(f => $"{f.Path}({f.Span.StartLine},{f.Span.StartColumn}) {f.RuleId} {f.Message}"));
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

        [Fact]
        public async Task A_table_with_a_key_no_test_passes_is_a_real_table_and_silent()
        {
            using var tree = new TempTree()
                .Write("src/Shop/Shop.csproj", ProjectText.Csproj())
                .Write("src/Shop/Coupons.cs", Coupons)
                .Write("tests/Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("xunit").Replace("</Project>", """
                    <ItemGroup><ProjectReference Include="../../src/Shop/Shop.csproj" /></ItemGroup>
                    </Project>
                    """))
                .Write("tests/Shop.Tests/CouponTests.cs", CouponTests.Replace("SpringCodeTakesFifteenPercent", "SpringCodeIsAccepted", System.StringComparison.Ordinal)
                    .Replace("Assert.Equal(15m, Shop.Coupons.PercentOff(\"SPRING24\"))", "Assert.True(Shop.Coupons.PercentOff(\"spring\") == 0m)", System.StringComparison.Ordinal));

            var result = await Scan.Of(tree.Root);

            Assert.Empty(result.Findings.Select(f => f.RuleId));
        }
    }
}
