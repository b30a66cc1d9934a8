using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.CodeFixes.WeakenedTests;
using RewardHackAnalyzers.WeakenedTests;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.WeakenedTests.DisabledTestAnalyzerTests;
using Fix = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<RewardHackAnalyzers.WeakenedTests.DisabledTestAnalyzer, RewardHackAnalyzers.CodeFixes.WeakenedTests.RemoveSkipCodeFix>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0404's fix: remove the skip argument or attribute so the test runs again.</summary>
    public class RemoveSkipCodeFixTests
    {
        [Fact]
        public Task Removes_the_Skip_argument_and_keeps_the_others() => Fix.VerifyFixAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact({|#0:Skip = ""flaky""|})]
    public void Adds() => Assert.Equal(4, 2 + 2);

    [Fact(DisplayName = ""subtracts"", {|#1:Skip = ""later""|})]
    public void Subtracts() => Assert.Equal(0, 2 - 2);
}", TestLibraries.XunitV2,
            new[]
            {
                Expected(0, "Adds", "'Skip' of [Fact]", "the reason 'flaky' cites no tracking reference"),
                Expected(1, "Subtracts", "'Skip' of [Fact]", "the reason 'later' cites no tracking reference"),
            },
            @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds() => Assert.Equal(4, 2 + 2);

    [Fact(DisplayName = ""subtracts"")]
    public void Subtracts() => Assert.Equal(0, 2 - 2);
}");

        [Fact]
        public Task Removes_a_skip_attribute_alone_in_its_list_or_next_to_others() => Fix.VerifyFixAsync(@"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    [{|#0:Ignore(""wip"")|}]
    public void Adds() => Assert.That(2 + 2, Is.EqualTo(4));

    [Test, {|#1:Explicit|}]
    public void Subtracts() => Assert.That(2 - 2, Is.Zero);

    [TestCase(1, {|#2:Ignore = ""wip""|})]
    public void Doubles(int n) => Assert.That(n + n, Is.EqualTo(n * 2));
}", TestLibraries.NUnit4,
            new[]
            {
                Expected(0, "Adds", "[Ignore]", "the reason 'wip' cites no tracking reference"),
                Expected(1, "Subtracts", "[Explicit]", NoReason),
                Expected(2, "Doubles", "'Ignore' of [TestCase]", "the reason 'wip' cites no tracking reference"),
            },
            @"
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds() => Assert.That(2 + 2, Is.EqualTo(4));

    [Test]
    public void Subtracts() => Assert.That(2 - 2, Is.Zero);

    [TestCase(1)]
    public void Doubles(int n) => Assert.That(n + n, Is.EqualTo(n * 2));
}");

        [Fact]
        public Task Removes_a_tracked_MSTest_ignore_too() => Fix.VerifyFixAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    [{|#0:Ignore(""#12"")|}]
    public void Adds() => Assert.AreEqual(4, 2 + 2);
}", TestLibraries.MSTest,
            new[] { Tracked(0, "Adds", "[Ignore]", "#12") },
            @"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    public void Adds() => Assert.AreEqual(4, 2 + 2);
}");

        [Fact]
        public async Task No_fix_for_a_lost_attribute_or_a_preprocessed_out_test()
        {
            const string source = @"
using NUnit.Framework;
[TestFixture]
public class CalculatorTests
{
    public void {|#0:Subtracts|}() => Assert.That(2 - 2, Is.Zero);
{|#1:#if false|}
    [Test]
    public void Adds() => Assert.That(2 + 2, Is.EqualTo(4));
#endif
}";
            var test = new CSharpCodeFixTest<DisabledTestAnalyzer, RemoveSkipCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = source,
                ReferenceAssemblies = TestLibraries.NUnit4,
            };
            test.ExpectedDiagnostics.Add(Expected(0, "Subtracts", "a missing test attribute", NoReason));
            test.ExpectedDiagnostics.Add(Expected(1, "Adds", "'#if false'", NoReason));
            await test.RunAsync(CancellationToken.None);
        }
    }
}
