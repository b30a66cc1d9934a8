using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class TestInputsTests
    {
        private const string Pricing = @"
namespace Kata
{
    public class Pricing
    {
        public decimal Discount(string code, decimal amount) => amount;
        public static int Twice(int n) => 2 * n;
    }

    public static class Codes
    {
        public const string Vip = ""VIP2024"";
        public static string Shout(this string text) => text;
    }
}";

        private static async Task<string[]> CollectAsync(Microsoft.CodeAnalysis.Testing.ReferenceAssemblies references, string tests)
        {
            var compiled = await TestCompilation.CompileAsync(references, Pricing, tests);
            return TestInputs.Collect(compiled.Compilation, null, CancellationToken.None).Select(i => i.ToString()).OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
        }

        [Fact]
        public async Task Collects_literal_constant_and_constant_local_arguments_of_an_xunit_test()
        {
            var tests = @"
using Xunit;
namespace Kata.Tests
{
    public class PricingTests
    {
        [Fact]
        public void Vip()
        {
            var amount = 100;
            var code = Codes.Vip;
            Assert.Equal(90m, new Pricing().Discount(code, amount));
            Assert.Equal(4, Pricing.Twice(2));
            Assert.Equal(""x"", ""x"".Shout());
        }
    }
}";

            string[] expected =
            [
                "M:Kata.Codes.Shout(System.String)\t0\t\"x\"\tKata.Tests.PricingTests.Vip",
                "M:Kata.Pricing.Discount(System.String,System.Decimal)\t0\t\"VIP2024\"\tKata.Tests.PricingTests.Vip",
                "M:Kata.Pricing.Discount(System.String,System.Decimal)\t1\t100\tKata.Tests.PricingTests.Vip",
                "M:Kata.Pricing.Twice(System.Int32)\t0\t2\tKata.Tests.PricingTests.Vip",
            ];
            Assert.Equal(expected, await CollectAsync(TestLibraries.XunitV2, tests));
        }

        [Fact]
        public async Task Collects_inline_data_rows_that_flow_into_an_argument()
        {
            var tests = @"
using Xunit;
namespace Kata.Tests
{
    public class PricingTests
    {
        [Theory]
        [InlineData(3, 6)]
        [InlineData(-7, -14)]
        public void Doubles(int n, int expected) => Assert.Equal(expected, Pricing.Twice(n));
    }
}";

            string[] expected =
            [
                "M:Kata.Pricing.Twice(System.Int32)\t0\t-7\tKata.Tests.PricingTests.Doubles",
                "M:Kata.Pricing.Twice(System.Int32)\t0\t3\tKata.Tests.PricingTests.Doubles",
            ];
            Assert.Equal(expected, await CollectAsync(TestLibraries.XunitV2, tests));
        }

        [Fact]
        public async Task Collects_nunit_test_cases_and_mstest_data_rows()
        {
            var nunit = @"
using NUnit.Framework;
namespace Kata.Tests
{
    public class PricingTests
    {
        [TestCase(""GOLD"", ExpectedResult = 9)]
        public decimal Gold(string code) => new Pricing().Discount(code, 10m);
    }
}";
            var mstest = @"
using Microsoft.VisualStudio.TestTools.UnitTesting;
namespace Kata.Tests
{
    [TestClass]
    public class PricingTests
    {
        [TestMethod]
        [DataRow(21, 42)]
        public void Doubles(int n, int expected) => Assert.AreEqual(expected, Pricing.Twice(n));
    }
}";

            string[] expectedNUnit =
            [
                "M:Kata.Pricing.Discount(System.String,System.Decimal)\t0\t\"GOLD\"\tKata.Tests.PricingTests.Gold",
                "M:Kata.Pricing.Discount(System.String,System.Decimal)\t1\t10M\tKata.Tests.PricingTests.Gold",
            ];
            string[] expectedMSTest = ["M:Kata.Pricing.Twice(System.Int32)\t0\t21\tKata.Tests.PricingTests.Doubles"];
            Assert.Equal(expectedNUnit, await CollectAsync(TestLibraries.NUnit4, nunit));
            Assert.Equal(expectedMSTest, await CollectAsync(TestLibraries.MSTest, mstest));
        }

        [Fact]
        public async Task Ignores_reassigned_locals_framework_calls_and_methods_that_are_not_tests()
        {
            var tests = @"
using Xunit;
namespace Kata.Tests
{
    public class PricingTests
    {
        [Fact]
        public void Reassigned()
        {
            var n = 2;
            n = System.Environment.ProcessorCount;
            Assert.Equal(2 * n, Pricing.Twice(n));
            Assert.Equal(""ab"", string.Concat(""a"", ""b""));
        }

        public void NotATest() => Pricing.Twice(5);
    }
}";

            Assert.Empty(await CollectAsync(TestLibraries.XunitV2, tests));
        }

        [Fact]
        public void Format_and_parse_round_trip_with_escaped_tabs_quotes_and_newlines()
        {
            var inputs = new[]
            {
                Input("M:Kata.Text.Echo(System.String)", 0, "\"tab\\there \\\"quoted\\\"\\nnext line\""),
                Input("M:Kata.Pricing.Twice(System.Int32)", 0, "-7"),
                Input("M:Kata.Pricing.Rate(System.Decimal)", 0, "2.5M"),
                Input("M:Kata.Pricing.Rate(System.Char)", 0, "'\\t'"),
                Input("M:Kata.Pricing.Rate(System.Object)", 0, "null"),
            };

            var text = TestInputs.Format(inputs);
            var parsed = TestInputs.Parse(SourceText.From(text));

            Assert.StartsWith(TestInputs.Header + "\n", text);
            Assert.Equal(6, text.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(inputs.OrderBy(i => i.MethodId, System.StringComparer.Ordinal), parsed);
            Assert.Equal("tab\there \"quoted\"\nnext line", parsed.Single(i => i.MethodId.Contains("Echo")).Value);
        }

        [Fact]
        public void Format_writes_one_tab_separated_line_per_distinct_input()
        {
            var input = Input("M:A.B(System.String)", 0, "\"a\\tb\"");

            var text = TestInputs.Format(new[] { input, input });

            Assert.Equal(TestInputs.Header + "\nM:A.B(System.String)\t0\t\"a\\tb\"\tKata.Tests.T.M\n", text);
        }

        [Fact]
        public void Parse_skips_comments_blank_and_malformed_lines_without_throwing()
        {
            var text = SourceText.From(string.Join(
                "\r\n",
                "# a comment",
                "",
                "M:A.B(System.Int32)\t0\t42\tT.Good",
                "M:A.B(System.Int32)\t0\t42",                  // three fields
                "M:A.B(System.Int32)\t-1\t42\tT.Negative",      // negative index
                "M:A.B(System.Int32)\tzero\t42\tT.NotANumber",
                "M:A.B(System.Int32)\t0\tFoo.Bar\tT.NotALiteral",
                "M:A.B(System.Int32)\t0\t\"unterminated\tT.Broken",
                "M:A.B(System.Int32)\t0\t42\t\t",               // five fields
                "M:A.B(System.Int32)\t0\t42\t ",                // no test
                "\t0\t42\tT.NoMethod",
                "M:A.B(System.String)\t1\t\"x\"\tT.AlsoGood"));

            var parsed = TestInputs.Parse(text);

            string[] expected = ["T.Good", "T.AlsoGood"];
            Assert.Equal(expected, parsed.Select(i => i.TestMethod));
            Assert.Equal(42, parsed[0].Value);
        }

        [Fact]
        public void Read_takes_only_additional_files_named_like_the_test_inputs_file()
        {
            var line = "M:A.B(System.Int32)\t0\t42\tT.Good\n";
            var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray.Create<Microsoft.CodeAnalysis.AdditionalText>(
                new InMemoryAdditionalText("/repo/obj/RewardHack.TestInputs.TXT", line),
                new InMemoryAdditionalText("/repo/other.txt", line)));

            var read = TestInputs.Read(options, CancellationToken.None);

            Assert.Equal("T.Good", Assert.Single(read).TestMethod);
        }

        private static TestInput Input(string method, int parameter, string literal)
        {
            var input = TestInput.Create(method, parameter, literal, "Kata.Tests.T.M");
            Assert.NotNull(input);
            return input;
        }
    }
}
