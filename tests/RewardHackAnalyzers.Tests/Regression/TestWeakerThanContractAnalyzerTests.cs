using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.Regression.ContractVerifier;

namespace RewardHackAnalyzers.Tests.Regression
{
    /// <summary>RH0706: tests weaker than their line in the contract file, on xUnit, NUnit, MSTest and Shouldly.</summary>
    public class TestWeakerThanContractAnalyzerTests
    {
        internal const string Adder = @"
namespace Calc
{
    public static class Adder
    {
        public static int Add(int a, int b) => a + b;
    }
}
";

        [Fact]
        public Task Reports_an_xunit_fact_that_lost_an_assertion_naming_its_kind_and_values() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact]
        public void {|#0:Adds|}()
        {
            Assert.Equal(5, Adder.Add(2, 3));
        }
    }
}", TestLibraries.XunitV2, @"[TestProject]
Calc.Tests.AdderTests.Adds	runs	0	2	Assert.Equal:Equality,Assert.Equal:Equality	5	4
",
            Weaker(0, "Calc.Tests.AdderTests.Adds", "1 assertion(s) instead of 2; no 'Assert.Equal:Equality' any more; no assertion compares with 4 any more"));

        [Fact]
        public Task Reports_an_nunit_equality_constraint_loosened_to_a_null_check() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using NUnit.Framework;

    public class AdderTests
    {
        [Test]
        public void {|#0:Adds|}() => Assert.That(Adder.Add(2, 3), Is.Not.Null);
    }
}", TestLibraries.NUnit4, @"[TestProject]
Calc.Tests.AdderTests.Adds	runs	0	1	Assert.That:Equality	5
",
            Weaker(0, "Calc.Tests.AdderTests.Adds", "no 'Assert.That:Equality' any more; no assertion compares with 5 any more"));

        [Fact]
        public Task Reports_an_mstest_expected_value_edited_to_what_the_code_returns() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Microsoft.VisualStudio.TestTools.UnitTesting;

    [TestClass]
    public class AdderTests
    {
        [TestMethod]
        public void {|#0:Adds|}() => Assert.AreEqual(6, Adder.Add(2, 3));
    }
}", TestLibraries.MSTest, @"[TestProject]
Calc.Tests.AdderTests.Adds	runs	0	1	Assert.AreEqual:Equality	5
",
            Weaker(0, "Calc.Tests.AdderTests.Adds", "no assertion compares with 5 any more"));

        [Fact]
        public Task Reports_a_shouldly_check_replaced_by_a_null_check() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Shouldly;
    using Xunit;

    public class AdderTests
    {
        [Fact]
        public void {|#0:Adds|}() => Adder.Add(2, 3).ShouldNotBe(0);
    }
}", TestLibraries.Shouldly, @"[TestProject]
Calc.Tests.AdderTests.Adds	runs	0	1	ShouldBe:Equality	5
",
            Weaker(0, "Calc.Tests.AdderTests.Adds", "no 'ShouldBe:Equality' any more; no assertion compares with 5 any more"));

        [Fact]
        public Task Reports_a_test_skipped_since_the_contract() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact(Skip = ""flaky"")]
        public void {|#0:Adds|}() => Assert.Equal(5, Adder.Add(2, 3));
    }
}", TestLibraries.XunitV2, @"[TestProject]
Calc.Tests.AdderTests.Adds	runs	0	1	Assert.Equal:Equality	5
",
            Weaker(0, "Calc.Tests.AdderTests.Adds", "it is skipped now"));

        [Fact]
        public Task Reports_an_nunit_test_in_a_class_ignored_since_the_contract() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using NUnit.Framework;

    [Ignore(""later"")]
    public class AdderTests
    {
        [Test]
        public void {|#0:Adds|}() => Assert.That(Adder.Add(2, 3), Is.EqualTo(5));
    }
}", TestLibraries.NUnit4, @"[TestProject]
Calc.Tests.AdderTests.Adds	runs	0	1	Assert.That:Equality	5
",
            Weaker(0, "Calc.Tests.AdderTests.Adds", "it is skipped now"));

        [Fact]
        public Task Reports_data_rows_removed_from_a_theory_and_test_cases() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Theory]
        [InlineData(1, 2)]
        [InlineData(2, 3)]
        public void {|#0:Increments|}(int n, int expected) => Assert.Equal(expected, Adder.Add(n, 1));
    }
}", TestLibraries.XunitV2, @"[TestProject]
Calc.Tests.AdderTests.Increments	runs	3	1	Assert.Equal:Equality
",
            Weaker(0, "Calc.Tests.AdderTests.Increments", "2 data row(s) instead of 3"));

        [Fact]
        public Task Reports_a_test_that_lost_its_attribute() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact]
        public void Subtracts() => Assert.Equal(1, Adder.Add(2, -1));

        public void {|#0:Adds|}() => Assert.Equal(5, Adder.Add(2, 3));
    }
}", TestLibraries.XunitV2, @"[TestProject]
Calc.Tests.AdderTests.Adds	runs	0	1	Assert.Equal:Equality	5
Calc.Tests.AdderTests.Subtracts	runs	0	1	Assert.Equal:Equality	1
",
            Weaker(0, "Calc.Tests.AdderTests.Adds", "its test attribute is gone"));

        [Fact]
        public Task Reports_a_test_gone_from_the_code_on_its_contract_line() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact]
        public void Subtracts() => Assert.Equal(1, Adder.Add(2, -1));
    }
}", TestLibraries.XunitV2, "# header\n[TestProject]\nCalc.Tests.AdderTests.Adds\truns\t0\t1\tAssert.Equal:Equality\t5\nCalc.Tests.AdderTests.Subtracts\truns\t0\t1\tAssert.Equal:Equality\t1\n",
            GoneAtLine(3, "Calc.Tests.AdderTests.Adds\truns\t0\t1\tAssert.Equal:Equality\t5".Length, "Calc.Tests.AdderTests.Adds"));

        [Fact]
        public Task Reports_a_test_made_non_public_and_a_test_whose_class_became_abstract() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using NUnit.Framework;

    public class AdderTests
    {
        [Test]
        internal void {|#0:Adds|}() => Assert.That(Adder.Add(2, 3), Is.EqualTo(5));
    }

    public abstract class SubtractionTests
    {
        [Test]
        public void {|#1:Subtracts|}() => Assert.That(Adder.Add(2, -1), Is.EqualTo(1));
    }
}", TestLibraries.NUnit4, @"[TestProject]
Calc.Tests.AdderTests.Adds	runs	0	1	Assert.That:Equality	5
Calc.Tests.SubtractionTests.Subtracts	runs	0	1	Assert.That:Equality	1
",
            Weaker(0, "Calc.Tests.AdderTests.Adds", "it is not public any more"),
            Weaker(1, "Calc.Tests.SubtractionTests.Subtracts", "its class is abstract now"));

        /// <summary>
        /// Without git the rule cannot tell a rename from a deletion plus a new test; the contract is the reviewed list, so the
        /// old name is reported on its line until the contract is re-baselined (<c>rewardhack diff</c> follows renames).
        /// </summary>
        [Fact]
        public Task Reports_a_renamed_test_under_its_old_name_until_the_contract_is_rebaselined() => VerifyAsync(Adder + @"
namespace Calc.Tests
{
    using Xunit;

    public class AdderTests
    {
        [Fact]
        public void Adds_two_numbers() => Assert.Equal(5, Adder.Add(2, 3));
    }
}", TestLibraries.XunitV2, "[TestProject]\nCalc.Tests.AdderTests.Adds\truns\t0\t1\tAssert.Equal:Equality\t5\n",
            GoneAtLine(2, "Calc.Tests.AdderTests.Adds\truns\t0\t1\tAssert.Equal:Equality\t5".Length, "Calc.Tests.AdderTests.Adds"));
    }
}
