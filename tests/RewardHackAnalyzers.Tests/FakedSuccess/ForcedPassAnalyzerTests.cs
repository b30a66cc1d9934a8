using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.FakedSuccess.ForcedPassAnalyzer>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    /// <summary>RH0104: forced passes and unearned skips on every framework; framework tests, environment skips and other tautologies stay silent.</summary>
    public class ForcedPassAnalyzerTests
    {
        internal static DiagnosticResult Expected(int location, string display, string reason) =>
            Verify.Diagnostic(Rules.RH0104_ForcedPass).WithLocation(location).WithArguments(display, reason);

        [Theory]
        [InlineData(nameof(TestLibraries.NUnit3))]
        [InlineData(nameof(TestLibraries.NUnit4))]
        public Task NUnit_pass_and_literal_assertions(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var total = new Calculator().Add(1, 2);
        {|#0:Assert.Pass()|};
    }

    [Test]
    public void AddsAgain()
    {
        {|#1:Assert.That(true)|};
        {|#2:Assert.That(true, Is.True)|};
        {|#3:throw new SuccessException(""done"");|}
    }
}" + CodeUnderTest.Calculator,
            TestModels.References(libraries),
            Expected(0, "Assert.Pass", "passes the test"),
            Expected(1, "Assert.That", "asserts the literal 'true'"),
            Expected(2, "Assert.That", "asserts the literal 'true'"),
            Expected(3, "SuccessException", "passes the test"));

        [Fact]
        public Task NUnit_ignore_and_inconclusive_unconditional_or_on_the_result() => Verify.VerifyAsync(@"
using NUnit.Framework;
using NUnit.Framework.Legacy;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        {|#0:Assert.Ignore(""later"")|};
    }

    [Test]
    public void AddsAgain()
    {
        var total = new Calculator().Add(1, 2);
        if (total != 3)
        {
            {|#1:Assert.Inconclusive(""flaky"")|};
        }

        {|#2:ClassicAssert.IsTrue(true)|};
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.NUnit4,
            Expected(0, "Assert.Ignore", "ignores the test unconditionally"),
            Expected(1, "Assert.Inconclusive", "makes the test inconclusive when the result under test says so"),
            Expected(2, "ClassicAssert.IsTrue", "asserts the literal 'true'"));

        [Theory]
        [InlineData(nameof(TestLibraries.XunitV2))]
        [InlineData(nameof(TestLibraries.XunitV3))]
        public Task Xunit_literal_assertions(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        new Calculator().Add(1, 2);
        {|#0:Assert.True(true)|};
        {|#1:Assert.False(false, ""never"")|};
    }
}" + CodeUnderTest.Calculator,
            TestModels.References(libraries),
            Expected(0, "Assert.True", "asserts the literal 'true'"),
            Expected(1, "Assert.False", "asserts the literal 'false'"));

        [Fact]
        public Task Xunit_v3_skips_unconditional_or_on_the_result() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        {|#0:Assert.Skip(""later"")|};
    }

    [Fact]
    public void AddsAgain()
    {
        var total = new Calculator().Add(1, 2);
        {|#1:Assert.SkipWhen(total != 3, ""flaky"")|};
        {|#2:Assert.SkipUnless(new Calculator().Add(2, 2) == 4, ""flaky"")|};
        {|#3:Assert.SkipWhen(true, ""always"")|};
        Assert.Equal(3, total);
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.XunitV3,
            Expected(0, "Assert.Skip", "skips the test unconditionally"),
            Expected(1, "Assert.SkipWhen", "skips the test when the result under test says so"),
            Expected(2, "Assert.SkipUnless", "skips the test when the result under test says so"),
            Expected(3, "Assert.SkipWhen", "skips the test unconditionally"));

        [Fact]
        public Task MSTest_literal_and_inconclusive_from_a_catch_all() => Verify.VerifyAsync(@"
using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    public void Adds()
    {
        try
        {
            Assert.AreEqual(3, new Calculator().Add(1, 2));
        }
        catch (Exception)
        {
            {|#0:Assert.Inconclusive(""could not add"")|};
        }

        {|#1:Assert.IsTrue(true)|};
        {|#2:Assert.IsFalse(false)|};
    }

    [TestMethod]
    public void AddsAgain()
    {
        {|#3:Assert.Inconclusive()|};
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.MSTest,
            Expected(0, "Assert.Inconclusive", "makes the test inconclusive when the code under test throws"),
            Expected(1, "Assert.IsTrue", "asserts the literal 'true'"),
            Expected(2, "Assert.IsFalse", "asserts the literal 'false'"),
            Expected(3, "Assert.Inconclusive", "makes the test inconclusive unconditionally"));

        [Fact]
        public Task FluentAssertions_literal() => Verify.VerifyAsync(@"
using FluentAssertions;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        new Calculator().Add(1, 2);
        {|#0:true.Should().BeTrue()|};
        {|#1:false.Should().BeFalse(""it never is"")|};
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.FluentAssertions,
            Expected(0, "BeTrue", "asserts the literal 'true'"),
            Expected(1, "BeFalse", "asserts the literal 'false'"));

        [Fact]
        public Task Shouldly_literal() => Verify.VerifyAsync(@"
using Shouldly;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        new Calculator().Add(1, 2);
        {|#0:true.ShouldBeTrue()|};
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.Shouldly,
            Expected(0, "ShouldBeTrue", "asserts the literal 'true'"));

        [Fact]
        public Task Tests_of_the_framework_itself_are_not_flagged() => Verify.VerifyAsync(@"
using NUnit.Framework;
public class FrameworkTests
{
    [Test]
    public void Pass_throws_success()
    {
        var thrown = Assert.Throws<SuccessException>(() => Assert.Pass(""done""));
        Assert.That(thrown.Message, Is.EqualTo(""done""));
        Assert.Throws<IgnoreException>(() => Assert.Ignore(""later""));
    }
}",
            TestLibraries.NUnit4);

        [Fact]
        public Task Verdicts_in_nested_functions_are_theirs_and_the_test_s_own_is_reported() => Verify.VerifyAsync(@"
using System;
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        void Later() => Assert.Ignore(""later"");
        Action pass = () => Assert.Pass();
        var total = new Calculator().Add(1, 2);
        if (total == 3)
        {
            Later();
            pass();
        }

        {|#0:Assert.Pass()|};
    }

    public void NotATest()
    {
        Assert.Pass();
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.NUnit4,
            Expected(0, "Assert.Pass", "passes the test"));

        [Fact]
        public Task Environment_and_theory_data_skips_are_not_flagged() => Verify.VerifyAsync(@"
using System;
using NUnit.Framework;
public class CalculatorTests
{
    [TestCase(null)]
    [TestCase(""1"")]
    public void Parses(string? text)
    {
        if (!OperatingSystem.IsWindows())
        {
            Assert.Ignore(""Windows only"");
        }

        if (text is null)
        {
            Assert.Inconclusive(""no input"");
        }

        try
        {
            Assert.That(new Calculator().Add(1, 2), Is.EqualTo(3));
        }
        catch (PlatformNotSupportedException)
        {
            Assert.Ignore(""not on this platform"");
        }
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.NUnit4);

        [Fact]
        public Task Xunit_v3_environment_and_constant_false_skips_are_not_flagged() => Verify.VerifyAsync(@"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), ""Linux only"");
        Assert.SkipWhen(Environment.GetEnvironmentVariable(""CI"") is null, ""CI only"");
        Assert.SkipWhen(false, ""never"");
        Assert.Equal(3, new Calculator().Add(1, 2));
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.XunitV3);

        [Fact]
        public Task Other_tautologies_belong_to_WeakenedTests_and_are_not_flagged() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Theory]
    [InlineData(true)]
    public void Adds(bool flag)
    {
        var total = new Calculator().Add(1, 2);
        Assert.True(1 == 1);
        Assert.Equal(total, total);
        Assert.True(flag || !flag);
        Assert.True(total == 3);
        Assert.False(true == false);
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.XunitV2);

        [Fact]
        public Task Helpers_and_production_code_are_not_flagged() => Verify.VerifyAsync(@"
using NUnit.Framework;
public class CalculatorTests
{
    private static void Done() => Assert.Pass();

    [Test]
    public void Adds()
    {
        Assert.That(new Calculator().Add(1, 2), Is.EqualTo(3));
        Done();
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.NUnit4);

        [Fact]
        public Task A_user_Assert_with_a_Pass_method_is_not_the_framework() => Verify.VerifyAsync(@"
public static class Assert { public static void Pass() { } public static void True(bool condition) { } }
public class CalculatorTests
{
    [NUnit.Framework.Test]
    public void Adds()
    {
        Assert.Pass();
        Assert.True(true);
    }
}",
            TestLibraries.NUnit4);

        [Fact]
        public Task Broken_code_does_not_crash() => Verify.VerifyAsync(@"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        {|#0:Assert.{|#4:Pass|}(1, 2, 3)|};
        if ({|#1:missing|}) {|#2:Assert.Ignore()|};
        Assert.That({|#3:Nope|});
    }
}",
            TestLibraries.NUnit4,
            DiagnosticResult.CompilerError("CS1501").WithLocation(4).WithArguments("Pass", "3"),
            Expected(0, "Assert.Pass", "passes the test"),
            DiagnosticResult.CompilerError("CS0103").WithLocation(1).WithArguments("missing"),
            DiagnosticResult.CompilerError("CS0103").WithLocation(3).WithArguments("Nope"));
    }
}
