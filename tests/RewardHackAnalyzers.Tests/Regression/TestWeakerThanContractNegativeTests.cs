using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.Regression.ContractVerifier;
using static RewardHackAnalyzers.Tests.Regression.TestWeakerThanContractAnalyzerTests;

namespace RewardHackAnalyzers.Tests.Regression
{
    /// <summary>RH0706 look-alikes: tests that kept or exceeded their contract, tests the contract does not list, no contract.</summary>
    public class TestWeakerThanContractNegativeTests
    {
        private const string WeakenedFact = @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact(Skip = ""later"")]
        public void Adds() => Assert.NotNull((object)Adder.Add(2, 3));
    }
}";

        private const string AddsContract = "[TestProject]\nCalc.Tests.AdderTests.Adds\truns\t0\t2\tAssert.Equal:Equality,Assert.Equal:Equality\t5\t4\n";

        [Fact]
        public Task A_test_exactly_as_recorded_is_silent() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact]
        public void Adds()
        {
            Assert.Equal(5, Adder.Add(2, 3));
            Assert.Equal(4, Adder.Add(2, 2));
        }
    }
}", TestLibraries.XunitV2, AddsContract);

        [Fact]
        public Task A_test_stronger_than_its_contract_is_silent() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Theory]
        [InlineData(2, 3, 5)]
        [InlineData(2, 2, 4)]
        [InlineData(0, 0, 0)]
        public void Adds(int a, int b, int sum)
        {
            Assert.Equal(5, Adder.Add(2, 3));
            Assert.Equal(4, Adder.Add(2, 2));
            Assert.Equal(sum, Adder.Add(a, b));
            Assert.True(Adder.Add(1, 1) > 1);
        }
    }
}", TestLibraries.XunitV2, AddsContract);

        [Fact]
        public Task Assertions_reordered_and_moved_into_one_statement_block_are_silent() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact]
        public void Adds()
        {
            var four = Adder.Add(2, 2);
            Assert.Equal(4, four);
            Assert.Equal(5, Adder.Add(2, 3));
        }
    }
}", TestLibraries.XunitV2, "[TestProject]\nCalc.Tests.AdderTests.Adds\truns\t0\t2\tAssert.Equal:Equality,Assert.Equal:Equality\t5\t4\n");

        [Fact]
        public Task Assertions_extracted_into_a_helper_are_silent() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact]
        public void Adds()
        {
            Check(5, 2, 3);
            Check(4, 2, 2);
        }

        private static void Check(int sum, int a, int b) => Assert.Equal(sum, Adder.Add(a, b));
    }
}", TestLibraries.XunitV2, AddsContract);

        [Fact]
        public Task A_test_hidden_in_the_contract_and_still_hidden_is_silent() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using NUnit.Framework;

    public abstract class AdderTestsBase
    {
        [Test]
        public void Adds() => Assert.That(Adder.Add(2, 3), Is.EqualTo(5));
    }
}", TestLibraries.NUnit4, "[TestProject]\nCalc.Tests.AdderTestsBase.Adds\thidden\t0\t1\tAssert.That:Equality\t5\n");

        [Fact]
        public Task A_test_skipped_in_the_contract_and_still_skipped_is_silent() => VerifyAsync(Adder + WeakenedFact, TestLibraries.XunitV2,
            "[TestProject]\nCalc.Tests.AdderTests.Adds\tskipped\t0\t1\tAssert.NotNull:NullCheck\n");

        [Fact]
        public Task Tests_the_contract_does_not_list_are_silent() => VerifyAsync(Adder + WeakenedFact, TestLibraries.XunitV2,
            "[TestProject]\nCalc.Tests.OtherTests.Adds\truns\t0\t0\t-\nCalc.Tests.OtherTests.Adds\nnot a contract line\n",
            GoneAtLine(2, "Calc.Tests.OtherTests.Adds\truns\t0\t0\t-".Length, "Calc.Tests.OtherTests.Adds"));

        [Fact]
        public Task No_contract_file_is_silent() => VerifyAsync(Adder + WeakenedFact, TestLibraries.XunitV2, (string?)null);

        [Fact]
        public Task An_additional_file_with_another_name_is_silent() =>
            VerifyAsync(Adder + WeakenedFact, TestLibraries.XunitV2, ("/repo/contract.txt", AddsContract));

        [Fact]
        public Task Lines_of_another_test_project_are_silent_even_for_tests_gone_from_this_one() =>
            VerifyAsync(Adder + WeakenedFact, TestLibraries.XunitV2, AddsContract.Replace("[TestProject]", "[Calc.IntegrationTests]", System.StringComparison.Ordinal));

        [Fact]
        public Task Malformed_contract_lines_are_ignored() => VerifyAsync(Adder + WeakenedFact, TestLibraries.XunitV2,
            "[TestProject]\nCalc.Tests.AdderTests.Adds\tmaybe\t0\t2\tAssert.Equal\t5\nCalc.Tests.AdderTests.Adds\truns\t-1\t2\tAssert.Equal\nCalc.Tests.AdderTests.Adds\truns\t0\n\t\t\t\t\n");

        [Fact]
        public Task A_method_with_a_recorded_id_in_a_production_project_is_silent() => VerifyAsync(Adder, TestLibraries.Net80,
            "[TestProject]\nCalc.Adder.Add\truns\t0\t1\tAssert.Equal\t5\n");
    }
}
