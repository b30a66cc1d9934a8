using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.CodeFixes.FakedSuccess;
using RewardHackAnalyzers.FakedSuccess;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.FakedSuccess.ForcedPassAnalyzerTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RewardHackAnalyzers.FakedSuccess.ForcedPassAnalyzer,
    RewardHackAnalyzers.CodeFixes.FakedSuccess.RemoveForcedPassCodeFix>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    /// <summary>RH0104's fix: remove the forced verdict, never the test's only statement.</summary>
    public class RemoveForcedPassCodeFixTests
    {
        [Fact]
        public Task Removes_a_pass_and_a_literal_assertion_beside_real_checks() => Verify.VerifyFixAsync(@"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var total = new Calculator().Add(1, 2);
        {|#0:Assert.That(true)|};
        Assert.That(total, Is.EqualTo(3));
        {|#1:Assert.Pass(""done"")|};
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.NUnit4,
            new[] { Expected(0, "Assert.That", "asserts the literal 'true'"), Expected(1, "Assert.Pass", "passes the test") },
            @"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var total = new Calculator().Add(1, 2);
        Assert.That(total, Is.EqualTo(3));
    }
}" + CodeUnderTest.Calculator);

        [Fact]
        public Task Removes_a_thrown_success() => Verify.VerifyFixAsync(@"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        Assert.That(new Calculator().Add(1, 2), Is.EqualTo(3));
        {|#0:throw new SuccessException(""done"");|}
    }
}" + CodeUnderTest.Calculator,
            TestLibraries.NUnit4,
            new[] { Expected(0, "SuccessException", "passes the test") },
            @"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        Assert.That(new Calculator().Add(1, 2), Is.EqualTo(3));
    }
}" + CodeUnderTest.Calculator);

        [Fact]
        public Task Fix_all_keeps_the_last_statement_of_a_test_made_only_of_forced_passes()
        {
            // The kept statement is still reported, so the fixed state has a diagnostic: the shared verifier expects none.
            var test = new CSharpCodeFixTest<ForcedPassAnalyzer, RemoveForcedPassCodeFix, DefaultVerifier>
            {
                TestCode = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        {|#0:Assert.True(true)|};
        {|#1:Assert.False(false)|};
    }
}",
                FixedCode = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        {|#0:Assert.False(false)|};
    }
}",
                ReferenceAssemblies = TestLibraries.XunitV2,
            };
            test.ExpectedDiagnostics.Add(Expected(0, "Assert.True", "asserts the literal 'true'"));
            test.ExpectedDiagnostics.Add(Expected(1, "Assert.False", "asserts the literal 'false'"));
            test.FixedState.ExpectedDiagnostics.Add(Expected(0, "Assert.False", "asserts the literal 'false'"));
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Not_offered_for_the_only_statement_or_inside_a_branch() => Verify.VerifyFixAsync(NotOffered, TestLibraries.MSTest,
            new[]
            {
                Expected(0, "Assert.Inconclusive", "makes the test inconclusive unconditionally"),
                Expected(1, "Assert.Inconclusive", "makes the test inconclusive when the result under test says so"),
            },
            NotOffered);

        private const string NotOffered = @"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    public void Adds()
    {
        {|#0:Assert.Inconclusive()|};
    }

    [TestMethod]
    public void AddsAgain()
    {
        var total = new Calculator().Add(1, 2);
        if (total != 3)
        {
            {|#1:Assert.Inconclusive(""flaky"")|};
        }
    }
}" + CodeUnderTest.Calculator;
    }
}
