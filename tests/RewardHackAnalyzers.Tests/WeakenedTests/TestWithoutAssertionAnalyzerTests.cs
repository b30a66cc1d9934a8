using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using RewardHackAnalyzers.WeakenedTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.TestWithoutAssertionAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0402: tests with an empty body or nothing that can fail them, on every framework; and the tests that do check something.</summary>
    public class TestWithoutAssertionAnalyzerTests
    {
        private const string Empty = "has an empty body";
        private const string Nothing = "contains no assertion, mock verification or expected exception";

        private static DiagnosticResult Expected(int location, string test, string finding) =>
            Verify.Diagnostic(Rules.RH0402_TestWithoutAssertion).WithLocation(location).WithArguments(test, finding);

        [Fact]
        public Task xUnit_tests_that_assert_nothing() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void {|#0:Adds|}()
    {
        var sum = new Calculator().Add(2, 2);
    }

    [Fact]
    public void {|#1:Subtracts|}() { }

    [Theory]
    [InlineData(1)]
    public void {|#2:Handles|}(int n) => new Calculator().Add(n, n);
}" + CodeUnderTest.Calculator, TestLibraries.XunitV2,
            Expected(0, "Adds", Nothing),
            Expected(1, "Subtracts", Empty),
            Expected(2, "Handles", Nothing));

        [Fact]
        public Task NUnit_MSTest_and_TUnit_tests_that_assert_nothing() => Task.WhenAll(
            Verify.VerifyAsync(@"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void {|#0:Adds|}() => new Calculator().Add(2, 2);

    [TestCase(1)]
    public void {|#1:Handles|}(int n) { }
}" + CodeUnderTest.Calculator, TestLibraries.NUnit4,
                Expected(0, "Adds", Nothing),
                Expected(1, "Handles", Empty)),
            Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    public void {|#0:Adds|}()
    {
        var calculator = new Calculator();
        calculator.Add(2, 2);
    }
}" + CodeUnderTest.Calculator, TestLibraries.MSTest,
                Expected(0, "Adds", Nothing)),
            Verify.VerifyAsync(@"
using TUnit.Core;
public class CalculatorTests
{
    [Test]
    public void {|#0:Adds|}() => new Calculator().Add(2, 2);
}" + CodeUnderTest.Calculator, TestLibraries.TUnit,
                Expected(0, "Adds", Nothing)));

        [Fact]
        public Task Helper_named_like_an_assertion_that_asserts_nothing_does_not_count() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void {|#0:Adds|}()
    {
        AssertSum(new Calculator().Add(2, 2), 4);
    }

    private static void AssertSum(int actual, int expected) { System.Console.WriteLine(actual); }
}" + CodeUnderTest.Calculator, TestLibraries.XunitV2,
            Expected(0, "Adds", Nothing));

        [Fact]
        public Task Should_without_a_check_or_a_mock_setup_alone_asserts_nothing() => Task.WhenAll(
            Verify.VerifyAsync(@"
using FluentAssertions;
using Xunit;
public class Tests
{
    [Fact]
    public void {|#0:Adds|}() => (2 + 2).Should();
}", TestLibraries.FluentAssertions,
                Expected(0, "Adds", Nothing)),
            Verify.VerifyAsync(@"
using Moq;
using Xunit;
public interface IClock { System.DateTime Now { get; } }
public class Tests
{
    [Fact]
    public void {|#0:Reads|}()
    {
        var clock = new Mock<IClock>();
        clock.Setup(c => c.Now).Returns(System.DateTime.MinValue).Verifiable();
        _ = clock.Object.Now;
    }
}", TestLibraries.Moq,
                Expected(0, "Reads", Nothing)));

        [Fact]
        public Task Empty_body_is_reported_even_when_named_as_a_smoke_test() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void {|#0:Add_DoesNotThrow|}() { }
}", TestLibraries.XunitV2,
            Expected(0, "Add_DoesNotThrow", Empty));

        [Fact]
        public Task Assertions_helpers_and_assertion_throws_count() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Direct() => Assert.Equal(4, new Calculator().Add(2, 2));

    [Fact]
    public void ThroughHelper() => AssertSum(new Calculator().Add(2, 2), 4);

    [Fact]
    public void InALambda() => Assert.All(new[] { 1, 2 }, n => Assert.True(n > 0));

    [Fact]
    public void InALocalFunction()
    {
        Check(new Calculator().Add(1, 1));
        static void Check(int sum) => Assert.Equal(2, sum);
    }

    [Fact]
    public void ByThrowing()
    {
        if (new Calculator().Add(2, 2) != 4) throw new Xunit.Sdk.XunitException(""wrong sum"");
    }

    [Fact]
    public void HelperAsMethodGroup() => new[] { 2 }.ToList().ForEach(Positive);

    private static void AssertSum(int actual, int expected) => Assert.Equal(expected, actual);
    private static void Positive(int n) => Assert.True(n > 0);
}" + CodeUnderTest.Calculator.Replace("public class", "public static class Extensions { public static System.Collections.Generic.List<int> ToList(this int[] a) => new(a); }\npublic class"),
            TestLibraries.XunitV2);

        [Fact]
        public Task A_test_that_declares_its_own_outcome_is_left_to_RH0104() => Verify.VerifyAsync(@"
using System;
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds_on_windows_only()
    {
        if (!OperatingSystem.IsWindows()) Assert.Ignore(""Windows only"");
        new Calculator().Add(2, 2);
    }

    [Test]
    public void Adds()
    {
        new Calculator().Add(2, 2);
        Assert.Pass();
    }
}" + CodeUnderTest.Calculator, TestLibraries.NUnit4);

        [Fact]
        public Task Mock_verification_counts() => Verify.VerifyAsync(@"
using Moq;
using Xunit;
public interface IClock { System.DateTime Now { get; } }
public class ClockTests
{
    [Fact]
    public void Reads_the_clock()
    {
        var clock = new Mock<IClock>();
        _ = clock.Object.Now;
        clock.VerifyGet(c => c.Now);
    }
}", TestLibraries.Moq);

        [Fact]
        public Task Fluent_and_Shouldly_checks_count() => Task.WhenAll(
            Verify.VerifyAsync(@"
using FluentAssertions;
using Xunit;
public class Tests
{
    [Fact]
    public void Adds() => (2 + System.Environment.ProcessorCount).Should().BePositive();
}", TestLibraries.FluentAssertions),
            Verify.VerifyAsync(@"
using Shouldly;
using Xunit;
public class Tests
{
    [Fact]
    public void Adds() => System.Environment.ProcessorCount.ShouldBeGreaterThan(0);
}", TestLibraries.Shouldly));

        [Fact]
        public Task Expected_exception_and_expected_result_count() => Task.WhenAll(
            Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    [ExpectedException(typeof(System.DivideByZeroException))]
    public void Divides() { var zero = 0; _ = 1 / zero; }
}", TestLibraries.MSTest),
            Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test(ExpectedResult = 4)]
    public int Adds() => 2 + 2;

    [TestCase(2, ExpectedResult = 4)]
    public int Doubles(int n) => n * 2;

    [TestCaseSource(nameof(Cases))]
    public int Squares(int n) => n * n;

    private static TestCaseData[] Cases => new[] { new TestCaseData(2).Returns(4) };
}", TestLibraries.NUnit4));

        [Fact]
        public Task Smoke_tests_named_as_such_are_not_reported() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Add_DoesNotThrow() => new Calculator().Add(1, 2);

    [Fact]
    public void Add_does_not_throw_on_overflow() => new Calculator().Add(int.MaxValue, 1);

    [Fact]
    public void Startup_smoke() => new Calculator();

    [Fact]
    public void Adds_without_exception() => new Calculator().Add(0, 0);
}
public class CalculatorSmokeTests
{
    [Fact]
    public void Starts() => new Calculator();
}" + CodeUnderTest.Calculator, TestLibraries.XunitV2);

        [Fact]
        public async Task Smoke_test_name_pattern_option_names_more_smoke_tests()
        {
            var test = new CSharpAnalyzerTest<TestWithoutAssertionAnalyzer, DefaultVerifier>
            {
                TestCode = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Survives_huge_inputs() => new Calculator().Add(int.MaxValue, int.MaxValue);

    [Fact]
    public void {|#0:Adds|}() => new Calculator().Add(1, 2);
}" + CodeUnderTest.Calculator,
                ReferenceAssemblies = TestLibraries.XunitV2,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + TestModel.SmokeTestNamePatternOption + " = ^Survives_\n"));
            test.ExpectedDiagnostics.Add(Expected(0, "Adds", Nothing));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Snapshot_and_approval_checks_from_other_libraries_count()
        {
            var test = new CSharpAnalyzerTest<TestWithoutAssertionAnalyzer, DefaultVerifier>
            {
                TestCode = @"
using Xunit;
public class ReportTests
{
    [Fact]
    public void Renders() => Snapshots.Verifier.Verify(""report"");

    [Fact]
    public void {|#0:Logs|}() => Snapshots.Verifier.Log(""report"");
}",
                ReferenceAssemblies = TestLibraries.XunitV2,
            };
            test.TestState.AdditionalReferences.Add(await CompiledLibrary.ReferenceAsync(
                "Snapshots", "namespace Snapshots { public static class Verifier { public static void Verify(object o) { } public static void Log(object o) { } } }"));
            test.ExpectedDiagnostics.Add(Expected(0, "Logs", Nothing));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Methods_that_are_not_tests_are_not_reported() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    public void Helper() { }
    [Fact(Skip = ""slow"")]
    public void Covered() => Assert.True(1 + 1 == 2);
}", TestLibraries.XunitV2);

        [Fact]
        public Task Code_that_does_not_compile_is_not_judged() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds() => {|CS0103:Check|}(1);

    [Fact]
    public void Subtracts() { var x = 1{|CS1002:|}
    }
}", TestLibraries.XunitV2);
    }
}
