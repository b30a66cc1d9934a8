using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.DisabledTestAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0404: tests switched off by attributes, by the preprocessor, or by losing their test attribute.</summary>
    public class DisabledTestAnalyzerTests
    {
        internal const string NoReason = "no reason given";

        internal static DiagnosticResult Expected(int location, string test, string by, string why) =>
            Verify.Diagnostic(Rules.RH0404_DisabledTest).WithLocation(location).WithArguments(test, by, why);

        internal static DiagnosticResult Tracked(int location, string test, string by, string reference) =>
            Expected(location, test, by, "tracked by '" + reference + "'").WithSeverity(DiagnosticSeverity.Info);

        private static string Generic(string reason) => "the reason '" + reason + "' cites no tracking reference";

        [Fact]
        public Task xUnit_Skip_with_generic_and_tracked_reasons() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact({|#0:Skip = ""flaky""|})]
    public void Adds() => Assert.Equal(4, 2 + 2);

    [Theory({|#1:Skip = ""see https://github.com/acme/calc/issues/12""|})]
    [InlineData(1)]
    public void Doubles(int n) => Assert.Equal(n * 2, n + n);

    [Fact({|#2:Skip = ""Broken until #123 is fixed""|}, DisplayName = ""Subtracts"")]
    public void Subtracts() => Assert.Equal(0, 2 - 2);

    [Fact({|#3:Skip = ""CALC-42""|})]
    public void Divides() => Assert.Equal(1, 2 / 2);

    [Fact(Skip = """")]
    public void RunsWhenSkipIsEmpty() => Assert.Equal(1, 1 * 1);
}", TestLibraries.XunitV2,
            Expected(0, "Adds", "'Skip' of [Fact]", Generic("flaky")),
            Tracked(1, "Doubles", "'Skip' of [Theory]", "https://github.com/acme/calc/issues/12"),
            Tracked(2, "Subtracts", "'Skip' of [Fact]", "#123"),
            Tracked(3, "Divides", "'Skip' of [Fact]", "CALC-42"));

        [Fact]
        public Task xUnit_v3_explicit_is_reported_and_conditional_skips_are_not() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    public static bool OnWindows => System.OperatingSystem.IsWindows();

    [Fact({|#0:Explicit = true|})]
    public void Adds() => Assert.Equal(4, 2 + 2);

    [Fact(Skip = ""Windows only"", SkipUnless = nameof(OnWindows))]
    public void Registry() => Assert.True(OnWindows);
}", TestLibraries.XunitV3,
            Expected(0, "Adds", "'Explicit' of [Fact]", NoReason));

        [Fact]
        public Task NUnit_Ignore_Explicit_and_ignored_cases() => Verify.VerifyAsync(@"
using NUnit.Framework;
[{|#0:Ignore(""rewrite pending"")|}]
public class CalculatorTests
{
    [Test, {|#1:Ignore(""https://jira.acme.test/browse/CALC-7"")|}]
    public void Adds() => Assert.That(2 + 2, Is.EqualTo(4));

    [Test]
    [{|#2:Explicit|}]
    public void Subtracts() => Assert.That(2 - 2, Is.Zero);

    [TestCase(1, {|#3:Ignore = ""wip""|})]
    [TestCase(2)]
    public void Doubles(int n) => Assert.That(n + n, Is.EqualTo(n * 2));
}", TestLibraries.NUnit4,
            Expected(0, "CalculatorTests", "[Ignore]", Generic("rewrite pending")),
            Tracked(1, "Adds", "[Ignore]", "https://jira.acme.test/browse/CALC-7"),
            Expected(2, "Subtracts", "[Explicit]", NoReason),
            Expected(3, "Doubles", "'Ignore' of [TestCase]", Generic("wip")));

        [Fact]
        public Task MSTest_and_TUnit_ignores() => Task.WhenAll(
            Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    [{|#0:Ignore|}]
    public void Adds() => Assert.AreEqual(4, 2 + 2);

    [TestMethod]
    [{|#1:Ignore(""bug 311"")|}]
    public void Subtracts() => Assert.AreEqual(0, 2 - 2);
}", TestLibraries.MSTest,
                Expected(0, "Adds", "[Ignore]", NoReason),
                Tracked(1, "Subtracts", "[Ignore]", "bug 311")),
            Verify.VerifyAsync(@"
using TUnit.Core;
public class CalculatorTests
{
    [Test]
    [{|#0:Skip(""later"")|}]
    public void Adds() { }
}", TestLibraries.TUnit,
                Expected(0, "Adds", "[Skip]", Generic("later"))));

        [Fact]
        public Task Tests_inside_if_false_or_an_undefined_symbol() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds() => Assert.Equal(4, 2 + 2);

{|#0:#if false|}
    [Fact]
    public void Subtracts() => Assert.Equal(0, 2 - 2);
#endif

{|#1:#if FLAKY_TESTS|}
    [Theory]
    [InlineData(1)]
    public void Doubles(int n) => Assert.Equal(n * 2, n + n);

    [Xunit.Fact]
    public void Halves() => Assert.Equal(1, 2 / 2);
#endif
}", TestLibraries.XunitV2,
            Expected(0, "Subtracts", "'#if false'", NoReason),
            Expected(1, "Doubles", "'#if FLAKY_TESTS'", NoReason),
            Expected(1, "Halves", "'#if FLAKY_TESTS'", NoReason));

        [Fact]
        public Task Target_framework_platform_and_configuration_branches_are_not_reported() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
#if NET48
    [Fact]
    public void OnFramework() => Assert.True(System.Environment.Version.Major == 4);
#endif
#if !DEBUG && WINDOWS
    [Fact]
    public void OnWindowsRelease() => Assert.True(System.OperatingSystem.IsWindows());
#elif NET9_0_OR_GREATER
    [Fact]
    public void OnNet9() => Assert.True(true);
#else
    [Fact]
    public void Otherwise() => Assert.True(true);
#endif
#if false
    // Notes about a design, no tests in here: Assert.Equal(1, 1)
    public static int Unused() => 1;
#endif
}", TestLibraries.XunitV2);

        [Fact]
        public Task Test_shaped_method_that_lost_its_attribute() => Verify.VerifyAsync(@"
using NUnit.Framework;
[TestFixture]
public class CalculatorTests
{
    [Test]
    public void Adds() => Assert.That(2 + 2, Is.EqualTo(4));

    public void {|#0:Subtracts|}() => Assert.That(2 - 2, Is.Zero);

    public async System.Threading.Tasks.Task {|#1:Divides|}()
    {
        await System.Threading.Tasks.Task.Yield();
        Assert.That(2 / 2, Is.EqualTo(1));
    }
}", TestLibraries.NUnit4,
            Expected(0, "Subtracts", "a missing test attribute", NoReason),
            Expected(1, "Divides", "a missing test attribute", NoReason));

        [Fact]
        public Task Helpers_hooks_and_interface_members_did_not_lose_an_attribute() => Verify.VerifyAsync(@"
using NUnit.Framework;
[TestFixture]
public class CalculatorTests : System.IDisposable
{
    private int sum;

    [SetUp]
    public void Prepare() => Assert.That(sum, Is.Zero);

    [Test]
    public void Adds()
    {
        sum = 2 + 2;
        CheckSum();
    }

    public void CheckSum() => Assert.That(sum, Is.EqualTo(4));

    public void Dispose() => Assert.That(sum, Is.GreaterThanOrEqualTo(0));

    public void Log() => System.Console.WriteLine(sum);

    public void Compare(int expected) => Assert.That(sum, Is.EqualTo(expected));

    private void Hidden() => Assert.That(sum, Is.Zero);
}", TestLibraries.NUnit4);

        [Fact]
        public Task Helper_of_a_base_fixture_called_from_a_derived_one_did_not_lose_an_attribute() => Verify.VerifyAsync(@"
using NUnit.Framework;
[TestFixture]
public class ShapeContractTests
{
    protected int Sides = 3;

    [Test]
    public void Has_sides() => Assert.That(Sides, Is.Positive);

    public void CheckInvariants() => Assert.That(Sides, Is.GreaterThanOrEqualTo(3));
}
public class SquareTests : ShapeContractTests
{
    [Test]
    public void Square_keeps_the_invariants()
    {
        Sides = 4;
        CheckInvariants();
    }
}", TestLibraries.NUnit4);

        [Fact]
        public Task Running_tests_are_not_reported() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact(DisplayName = ""adds"", Timeout = 1000)]
    public async System.Threading.Tasks.Task Adds()
    {
        await System.Threading.Tasks.Task.Yield();
        Assert.Equal(4, 2 + 2);
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Broken_code_does_not_crash_the_analyzer_and_half_written_disabled_tests_still_count() => Verify.VerifyAsync(@"
using Xunit;
public class CalculatorTests
{
    [Fact(Skip = {|CS0103:Reasons|}.Flaky)]
    public void Adds() => Assert.Equal(4, 2 + 2);

{|#0:#if false|}
    [Fact
    public void Broken( =>
#endif
}", TestLibraries.XunitV2,
            Expected(0, "Broken", "'#if false'", NoReason));
    }
}
