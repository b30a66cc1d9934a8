using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Loading;

namespace RewardHack.Cli.Tests.Contract
{
    /// <summary>A small repository: a calculator, its xUnit tests (which read the contract at the root) and NUnit tests.</summary>
    internal static class ContractTree
    {
        public const string Calculator = """
            namespace Calc
            {
                public static class Adder
                {
                    public static int Add(int a, int b) => a + b;
                }
            }
            """;

        public const string AdderTests = """
            using Xunit;

            namespace Calc.Tests
            {
                public class AdderTests
                {
                    [Fact]
                    public void Adds()
                    {
                        Assert.Equal(5, Adder.Add(2, 3));
                        Assert.True(Adder.Add(1, 1) > 1);
                    }

                    [Theory]
                    [InlineData(1, 2)]
                    [InlineData(2, 3)]
                    public void Increments(int n, int expected) => Assert.Equal(expected, Adder.Add(n, 1));

                    [Fact(Skip = "https://example.org/issues/7")]
                    public void Overflows() => Assert.Equal(int.MinValue, Adder.Add(int.MaxValue, 1));
                }
            }
            """;

        public const string NUnitTests = """
            using NUnit.Framework;

            namespace Calc.NUnitTests
            {
                public class AdderCases
                {
                    [TestCase(0, 0, 0)]
                    [TestCase(2, 2, 4)]
                    public void Adds(int a, int b, int sum) => Assert.That(Adder.Add(a, b), Is.EqualTo(sum));
                }
            }
            """;

        public static TempTree Create()
        {
            var reference = """<ProjectReference Include="../../src/Calc/Calc.csproj" />""";
            return new TempTree()
                .Write("src/Calc/Calc.csproj", ProjectText.Csproj())
                .Write("src/Calc/Adder.cs", Calculator)
                .Write("tests/Calc.Tests/Calc.Tests.csproj", ProjectText.Csproj(
                    ["Microsoft.NET.Test.Sdk", "xunit"], items: reference + """<AdditionalFiles Include="../../rewardhack.contract.txt" />"""))
                .Write("tests/Calc.Tests/AdderTests.cs", AdderTests)
                .Write("tests/Calc.NUnitTests/Calc.NUnitTests.csproj", ProjectText.Csproj(["Microsoft.NET.Test.Sdk", "NUnit"], items: reference))
                .Write("tests/Calc.NUnitTests/AdderCases.cs", NUnitTests);
        }
    }
}
