using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.CommentedOutAssertionsAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0403: tests whose comments hold more assertions than their bodies run.</summary>
    public class CommentedOutAssertionsAnalyzerTests
    {
        private static DiagnosticResult Expected(int location, string test, int commented, int live) =>
            Verify.Diagnostic(Rules.RH0403_CommentedOutAssertions).WithLocation(location).WithArguments(test, commented.ToString(CultureInfo.InvariantCulture), live.ToString(CultureInfo.InvariantCulture));

        [Fact]
        public Task xUnit_assertions_commented_out_with_line_comments() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = 2 + System.Environment.ProcessorCount;
        {|#0:// Assert.Equal(4, sum);|}
        // Assert.True(sum > 0);
    }
}", TestLibraries.XunitV2,
            Expected(0, "Adds", 2, 0));

        [Fact]
        public Task NUnit_assertions_in_a_block_comment_outnumber_the_live_one() => Verify.VerifyAsync(@"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var sum = 2 + System.Environment.ProcessorCount;
        Assert.That(sum, Is.Positive);
        {|#0:/*
        Assert.That(sum, Is.EqualTo(4));
        Assert.That(sum % 2, Is.Zero);
        */|}
    }
}", TestLibraries.NUnit4,
            Expected(0, "Adds", 2, 1));

        [Fact]
        public Task MSTest_FluentAssertions_Shouldly_and_mock_shapes_count() => Task.WhenAll(
            Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Adds()
    {
        var sum = 4;
        {|#0:// Assert.AreEqual(4, sum);|}
        // CollectionAssert.Contains(new[] { 4 }, sum);
        StringAssert.Contains(sum.ToString(), ""4"");
    }
}", TestLibraries.MSTest,
                Expected(0, "Adds", 2, 1)),
            Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Adds()
    {
        var sum = 4;
        {|#0:// sum.Should().Be(4);|}
        // sum.ShouldBe(4);
        // await mock.Verify(m => m.Save(), Times.Once());
        // calculator.Received(1).Add(2, 2);
    }
}", TestLibraries.XunitV2,
                Expected(0, "Adds", 4, 0)));

        [Fact]
        public Task Equal_numbers_of_live_and_commented_assertions_are_not_reported() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Adds()
    {
        var sum = 4;
        // Assert.Equal(4, sum); replaced by the stricter check below
        Assert.StrictEqual(4, sum);
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Classic_NUnit_3_assertions_compiled_against_NUnit_4_are_live() => Verify.VerifyAsync(@"
using NUnit.Framework;
public static class Lenient
{
    public static void AreEqual(object expected, object actual) { }
}
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var sum = 2 + System.Environment.ProcessorCount;
        // Assert.AreEqual(4, sum);
        Assert.{|CS0117:AreEqual|}(sum, sum + 0);
        Assert.{|CS0117:IsTrue|}(sum > 0);
    }

    [Test]
    public void Subtracts()
    {
        var difference = 2 - System.Environment.ProcessorCount;
        {|#0:// Assert.AreEqual(0, difference);|}
        Lenient.AreEqual(difference, difference);
        Lenient.{|CS0117:IsTrue|}(difference < 2);
    }
}", TestLibraries.NUnit4,
            Expected(0, "Subtracts", 1, 0));

        [Fact]
        public Task Prose_that_mentions_assertions_is_not_an_assertion() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Adds()
    {
        // TODO: Assert.Equal once rounding is specified
        // We used Assert.True(x) here before; see the history.
        // Assert.Equal is not enough for floating point
        Assert.Equal(4, 2 + 2);
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Comments_outside_tests_are_not_reported() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    // Assert.Equal(4, Sum());
    public static int Sum()
    {
        // Assert.True(true);
        return 4;
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Broken_code_still_counts_its_commented_assertions() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Adds()
    {
        var sum = {|CS0103:Missing|}.Sum;
        {|#0:// Assert.Equal(4, sum);|}
        /* Assert.Equal(4,
        sum); */
    }
}", TestLibraries.XunitV2,
            Expected(0, "Adds", 2, 0));
    }
}
