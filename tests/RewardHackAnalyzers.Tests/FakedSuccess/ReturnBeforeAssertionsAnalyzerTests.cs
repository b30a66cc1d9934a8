using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.FakedSuccess.ReturnBeforeAssertionsAnalyzer>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    public class ReturnBeforeAssertionsAnalyzerTests
    {
        private const string OnResult = "when a condition on the result under test holds";
        private static DiagnosticResult Rh0102(string test, string when, string skipped) =>
            Verify.Diagnostic(Rules.RH0102_ReturnBeforeAssertions).WithLocation(0).WithArguments(test, when, skipped);

        [Fact]
        public async Task Reports_an_unconditional_return_before_the_assertions_in_xunit()
        {
            var source = @"
public class CalculatorTests
{
    [Xunit.Fact]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        {|#0:return;|}
        Xunit.Assert.Equal(4, sum);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0102("Adds", "unconditionally", "'Xunit.Assert.Equal'"));
        }

        [Fact]
        public async Task Reports_a_return_when_the_result_is_unexpected_in_xunit()
        {
            var source = @"
public class CalculatorTests
{
    [Xunit.Fact]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        if (sum != 4)
        {
            {|#0:return;|}
        }

        Xunit.Assert.Equal(4, sum);
        Xunit.Assert.True(sum > 0);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0102("Adds", OnResult, "'Xunit.Assert.Equal' and 1 more assertion"));
        }

        [Fact]
        public async Task Reports_a_return_on_the_environment_in_nunit()
        {
            var source = @"
public class CalculatorTests
{
    [NUnit.Framework.Test]
    public void Adds()
    {
        if (!System.OperatingSystem.IsWindows()) {|#0:return;|}
        NUnit.Framework.Assert.That(new Calculator().Add(2, 2), NUnit.Framework.Is.EqualTo(4));
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0102("Adds", "when a condition on the environment holds", "'NUnit.Framework.Assert.That'"));
        }

        [Fact]
        public async Task Reports_a_return_on_the_time_in_mstest()
        {
            var source = @"
[Microsoft.VisualStudio.TestTools.UnitTesting.TestClass]
public class CalculatorTests
{
    [Microsoft.VisualStudio.TestTools.UnitTesting.TestMethod]
    public void Adds()
    {
        if (System.DateTime.Now.Hour >= 17) {|#0:return;|}
        Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(4, new Calculator().Add(2, 2));
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.MSTest, Rh0102("Adds", "when a condition on the time holds", "'Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual'"));
        }

        [Fact]
        public async Task Reports_a_return_on_randomness_and_the_result()
        {
            var source = @"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public async System.Threading.Tasks.Task Adds()
    {
        await System.Threading.Tasks.Task.Yield();
        var sum = new Calculator().Add(2, 2);
        if (Random.Shared.Next(2) == 0 || sum < 0) {|#0:return;|}
        Assert.Equal(4, sum);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0102("Adds", "when a condition on the result under test and randomness holds", "'Assert.Equal'"));
        }

        [Fact]
        public async Task Reports_a_return_in_the_else_branch_when_the_assertions_sit_in_the_then_branch()
        {
            var source = @"
using NUnit.Framework;
public class CalculatorTests
{
    [TestCase(2)]
    public void Adds(int value)
    {
        var sum = new Calculator().Add(value, value);
        if (sum % 2 == 0)
        {
            Assert.That(sum, Is.EqualTo(2 * value));
        }
        else
        {
            {|#0:return;|}
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0102("Adds", OnResult, "'Assert.That'"));
        }

        [Fact]
        public async Task Reports_a_return_before_a_fluent_assertion()
        {
            var source = @"
using FluentAssertions;
public class CalculatorTests
{
    [Xunit.Fact]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        if (sum == 5) {|#0:return;|}
        sum.Should().Be(4);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.FluentAssertions, Rh0102("Adds", OnResult, "'Be'"));
        }

        [Fact]
        public async Task Return_after_all_assertions_is_not_reported()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        Assert.Equal(4, sum);
        if (sum > 0) return;
        System.Console.WriteLine(sum);
        return;
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Assertion_on_the_path_before_a_conditional_return_is_not_reported()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        Assert.InRange(sum, 0, 10);
        if (sum == 0) return;
        Assert.Equal(4, sum);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Branch_that_fails_before_returning_is_not_reported()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        if (sum != 4)
        {
            Assert.Fail(""unexpected sum"");
            return;
        }

        Assert.Equal(4, sum);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Returns_inside_lambdas_and_local_functions_are_not_reported()
        {
            var source = @"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        Func<int, int> half = x => { if (x < 0) return 0; return x / 2; };
        Assert.Equal(2, half(sum));
        Assert.Equal(4, Twice(2));

        int Twice(int x)
        {
            if (x == new Calculator().Add(0, 0)) return 0;
            return x * 2;
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Environment_skip_with_a_reason_is_not_reported()
        {
            var source = @"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        if (!System.OperatingSystem.IsWindows())
        {
            Assert.Ignore(""Needs the Windows registry"");
            return;
        }

        Assert.That(new Calculator().Add(2, 2), Is.EqualTo(4));
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.NUnit4);
        }

        [Fact]
        public async Task Return_on_theory_data_is_not_reported()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(""2"")]
    public void Parses(string? text)
    {
        if (text is null) return;
        Assert.Equal(4, new Calculator().Add(int.Parse(text), 2));
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Return_inside_a_loop_and_in_a_helper_are_not_reported()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        foreach (var value in new[] { 1, 2 })
        {
            if (new Calculator().Add(value, 0) == 0) return;
            Assert.Equal(value, new Calculator().Add(value, 0));
        }
    }

    private static void Check(int sum)
    {
        if (new Calculator().Add(sum, 0) != sum) return;
        Assert.Equal(4, sum);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Test_without_assertions_is_left_to_other_rules()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        if (new Calculator().Add(2, 2) != 4) return;
        System.Console.WriteLine(""done"");
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Reports_an_unconditional_return_inside_a_try_before_a_shouldly_assertion()
        {
            var source = @"
using Shouldly;
public class CalculatorTests
{
    [Xunit.Fact]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        try
        {
            {|#0:return;|}
        }
        finally
        {
            System.Console.WriteLine(sum);
        }

        sum.ShouldBe(4);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.Shouldly, Rh0102("Adds", "unconditionally", "'ShouldBe'"));
        }

        [Fact]
        public async Task Xunit_v3_skip_and_mstest_inconclusive_before_the_return_are_not_reported()
        {
            var xunit = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        if (!System.OperatingSystem.IsLinux())
        {
            Assert.Skip(""Linux only"");
            return;
        }

        Assert.Equal(4, new Calculator().Add(2, 2));
    }
}" + CodeUnderTest.Calculator;
            var mstest = @"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    public void Adds()
    {
        if (System.Environment.GetEnvironmentVariable(""DB"") is null)
        {
            Assert.Inconclusive(""No database configured"");
            return;
        }

        Assert.AreEqual(4, new Calculator().Add(2, 2));
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(xunit, TestLibraries.XunitV3);
            await Verify.VerifyAsync(mstest, TestLibraries.MSTest);
        }

        [Fact]
        public async Task Return_of_a_task_returning_test_after_its_assertions_is_not_reported()
        {
            var source = @"
using System.Threading.Tasks;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public Task Adds()
    {
        Assert.Equal(4, new Calculator().Add(2, 2));
        return Task.CompletedTask;
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Broken_code_is_still_analysed()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = new Calculator().{|CS1061:Sum|}(2, 2);
        if (sum != 4) {|#0:return;|}
        Assert.Equal(4, sum);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0102("Adds", OnResult, "'Assert.Equal'"));
        }
    }
}
