using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.FakedSuccess.SwallowedFailureAnalyzer>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    public class SwallowedFailureAnalyzerTests
    {
        private static DiagnosticResult Rh0103(string clause, string member, string subject) =>
            Verify.Diagnostic(Rules.RH0103_SwallowedFailure).WithLocation(0).WithArguments(clause, member, subject);

        [Fact]
        public async Task Reports_a_bare_catch_around_an_xunit_assertion()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        try
        {
            Assert.Equal(5, new Calculator().Add(2, 2));
        }
        {|#0:catch|}
        {
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0103("catch", "Adds", "'Assert.Equal'"));
        }

        [Fact]
        public async Task Reports_catching_exception_around_the_call_under_test_in_nunit()
        {
            var source = @"
using System;
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var sum = 0;
        try
        {
            sum = new Calculator().Add(2, 2);
        }
        {|#0:catch (Exception e)|}
        {
            Console.WriteLine(e);
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0103("catch (Exception e)", "Adds", "the call to 'Calculator.Add'"));
        }

        [Fact]
        public async Task Reports_catching_system_exception_around_an_mstest_assertion()
        {
            var source = @"
using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    public void Adds()
    {
        var calculator = new Calculator();
        try
        {
            Assert.AreEqual(5, calculator.Add(2, 2));
        }
        {|#0:catch (SystemException)|}
        {
            return;
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.MSTest, Rh0103("catch (SystemException)", "Adds", "'Assert.AreEqual'"));
        }

        [Fact]
        public async Task Reports_a_swallowing_catch_in_set_up_and_in_an_assertion_helper()
        {
            var source = @"
using System;
using NUnit.Framework;
public class CalculatorTests
{
    private int sum;

    [SetUp]
    public void Prepare()
    {
        try
        {
            sum = new Calculator().Add(2, 2);
            Assert.That(sum, Is.Positive);
        }
        {|#0:catch (Exception)|}
        {
        }
    }

    [Test]
    public void Adds() => Checks.IsFour(sum);
}

public static class Checks
{
    public static void IsFour(int value)
    {
        try
        {
            Assert.That(value, Is.EqualTo(4));
        }
        {|#1:catch|}
        {
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(
                source,
                TestLibraries.NUnit4,
                Rh0103("catch (Exception)", "Prepare", "'Assert.That'"),
                Verify.Diagnostic(Rules.RH0103_SwallowedFailure).WithLocation(1).WithArguments("catch", "IsFour", "'Assert.That'"));
        }

        [Fact]
        public async Task Reports_a_swallowing_catch_around_a_fluent_assertion_in_dispose()
        {
            var source = @"
using System;
using FluentAssertions;
public sealed class CalculatorTests : IDisposable
{
    private readonly Calculator calculator = new();

    [Xunit.Fact]
    public void Adds() => calculator.Add(2, 2).Should().Be(4);

    public void Dispose()
    {
        try
        {
            calculator.Add(0, 0).Should().Be(0);
        }
        {|#0:catch (Exception)|}
        {
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.FluentAssertions, Rh0103("catch (Exception)", "Dispose", "'Be'"));
        }

        [Fact]
        public async Task Catch_that_asserts_on_the_exception_is_not_reported()
        {
            var source = @"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Rejects_overflow()
    {
        try
        {
            checked { _ = new Calculator().Add(int.MaxValue, 1); }
            Assert.Fail(""expected an overflow"");
        }
        catch (Exception e)
        {
            Assert.IsType<OverflowException>(e);
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Catch_that_rethrows_or_wraps_is_not_reported()
        {
            var source = @"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        try
        {
            Assert.Equal(4, new Calculator().Add(2, 2));
        }
        catch
        {
            Console.WriteLine(""failed"");
            throw;
        }

        try
        {
            Assert.Equal(4, new Calculator().Add(2, 2));
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(""context"", e);
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Catch_that_records_the_failure_for_a_later_assertion_is_not_reported()
        {
            var source = @"
using System;
using System.Collections.Generic;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Throws_on_overflow()
    {
        var threw = false;
        try
        {
            checked { _ = new Calculator().Add(int.MaxValue, 1); }
        }
        catch (Exception)
        {
            threw = true;
        }

        Assert.True(threw);
    }

    [Fact]
    public void Collects_failures()
    {
        var failures = new List<Exception>();
        foreach (var value in new[] { 1, 2 })
        {
            try
            {
                Assert.Equal(value * 2, new Calculator().Add(value, value));
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        Assert.Empty(failures);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Specific_filtered_and_assertion_exception_catches_are_not_reported()
        {
            var source = @"
using System;
using Xunit;
using Xunit.Sdk;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        try
        {
            Assert.Equal(4, new Calculator().Add(2, 2));
        }
        catch (OverflowException)
        {
        }
        catch (XunitException)
        {
        }
        catch (Exception e) when (e is ArgumentException)
        {
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Best_effort_clean_up_and_retry_helpers_are_not_reported()
        {
            var source = @"
using System;
using System.IO;
using System.Threading;
using Xunit;
public sealed class CalculatorTests : IDisposable
{
    private readonly string folder = Path.GetTempFileName();

    [Fact]
    public void Adds() => Eventually(() => Assert.Equal(4, new Calculator().Add(2, 2)));

    public void Dispose()
    {
        try
        {
            File.Delete(folder);
            new Calculator().Add(0, 0);
        }
        catch (Exception)
        {
        }
    }

    private static void Eventually(Action check)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                check();
                Assert.True(attempt >= 0);
                return;
            }
            catch (Exception) when (attempt < 3)
            {
                Thread.Sleep(10);
            }
            catch
            {
                Thread.Sleep(10);
            }
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Catch_that_declares_an_outcome_is_left_to_rh0104()
        {
            var source = @"
using System;
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        try
        {
            Assert.That(new Calculator().Add(2, 2), Is.EqualTo(4));
        }
        catch (Exception)
        {
            Assert.Inconclusive(""flaky"");
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.NUnit4);
        }

        [Fact]
        public async Task Catch_all_outside_test_code_is_not_reported()
        {
            var source = @"
using System;
public static class Loader
{
    public static int Load()
    {
        try
        {
            return new Calculator().Add(2, 2);
        }
        catch (Exception)
        {
            return 0;
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Reports_a_catch_all_around_constructing_the_code_under_test_before_a_shouldly_check()
        {
            var source = @"
using System;
using Shouldly;
public class CalculatorTests
{
    [Xunit.Fact]
    public void Adds()
    {
        Calculator? calculator = null;
        try
        {
            calculator = new Calculator();
        }
        {|#0:catch (Exception)|}
        {
            return;
        }

        calculator.Add(2, 2).ShouldBe(4);
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.Shouldly, Rh0103("catch (Exception)", "Adds", "the call to 'new Calculator'"));
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
        try
        {
            Assert.Equal(4, new Calculator().{|CS1061:Sum|}(2, 2));
        }
        {|#0:catch|}
        {
        }
    }
}" + CodeUnderTest.Calculator;

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0103("catch", "Adds", "'Assert.Equal'"));
        }
    }
}
