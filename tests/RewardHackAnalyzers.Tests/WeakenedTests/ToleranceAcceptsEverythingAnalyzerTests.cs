using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.ToleranceAcceptsEverythingAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0407: tolerances, precisions and ranges that accept everything, on each framework and library.</summary>
    public class ToleranceAcceptsEverythingAnalyzerTests
    {
        internal const string Meter = @"
public static class Meter
{
    public static double Read() => 0;
    public static decimal Price() => 0;
    public static int Count() => 0;
}
";

        public static TheoryData<string> Xunit => new() { nameof(TestLibraries.XunitV2), nameof(TestLibraries.XunitV3) };

        public static TheoryData<string> NUnit => new() { nameof(TestLibraries.NUnit3), nameof(TestLibraries.NUnit4) };

        internal static ReferenceAssemblies Libraries(string name) =>
            (ReferenceAssemblies)typeof(TestLibraries).GetProperty(name)!.GetValue(null)!;

        internal static DiagnosticResult Expected(int location, string assertion, string reason) =>
            Verify.Diagnostic(Rules.RH0407_ToleranceAcceptsEverything).WithLocation(location).WithArguments(assertion, reason);

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Xunit_tolerances_precisions_and_ranges(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class MeterTests
{
    [Fact]
    public void Reads()
    {
        Assert.Equal(42.5, Meter.Read(), {|#0:double.MaxValue|});
        Assert.Equal(42.5, Meter.Read(), tolerance: {|#1:double.PositiveInfinity|});
        Assert.Equal(42.5, Meter.Read(), {|#2:50.0|});
        Assert.Equal(0.25, Meter.Read(), {|#3:0|});
        Assert.Equal(0.004m, Meter.Price(), {|#4:2|});
        {|#5:Assert.InRange(Meter.Count(), int.MinValue, int.MaxValue)|};
        {|#6:Assert.InRange(Meter.Read(), double.NegativeInfinity, double.PositiveInfinity)|};
    }
}" + Meter,
            Libraries(libraries),
            Expected(0, "Assert.Equal", "tolerance 'double.MaxValue' accepts any value"),
            Expected(1, "Assert.Equal", "tolerance 'double.PositiveInfinity' accepts any value"),
            Expected(2, "Assert.Equal", "tolerance '50.0' is at least the expected value '42.5', so 0 passes"),
            Expected(3, "Assert.Equal", "precision '0' rounds the expected value '0.25' to 0, so 0 passes"),
            Expected(4, "Assert.Equal", "precision '2' rounds the expected value '0.004m' to 0, so 0 passes"),
            Expected(5, "Assert.InRange", "range 'int.MinValue' to 'int.MaxValue' is every value of its type"),
            Expected(6, "Assert.InRange", "range 'double.NegativeInfinity' to 'double.PositiveInfinity' is every value of its type"));

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task NUnit_Within_and_InRange(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class MeterTests
{
    [Test]
    public void Reads()
    {
        Assert.That(Meter.Read(), Is.EqualTo(42.5).Within({|#0:100|}));
        Assert.That(Meter.Read(), Is.EqualTo(42.5).Within({|#1:double.MaxValue|}));
        Assert.That(Meter.Read(), Is.EqualTo(42.5).Within({|#2:100|}).Percent);
        Assert.That(Meter.Count(), {|#3:Is.InRange(int.MinValue, int.MaxValue)|});
    }
}" + Meter,
            Libraries(libraries),
            Expected(0, "Is.EqualTo(...).Within", "tolerance '100' is at least the expected value '42.5', so 0 passes"),
            Expected(1, "Is.EqualTo(...).Within", "tolerance 'double.MaxValue' accepts any value"),
            Expected(2, "Is.EqualTo(...).Within", "tolerance '100' percent is at least 100 percent, so 0 passes"),
            Expected(3, "Is.InRange", "range 'int.MinValue' to 'int.MaxValue' is every value of its type"));

        [Fact]
        public Task NUnit_classic_AreEqual_with_delta() => Verify.VerifyAsync(@"
using NUnit.Framework.Legacy;
public class MeterTests
{
    [NUnit.Framework.Test]
    public void Reads() => ClassicAssert.AreEqual(42.5, Meter.Read(), {|#0:1e9|});
}" + Meter,
            TestLibraries.NUnit4,
            Expected(0, "ClassicAssert.AreEqual", "tolerance '1e9' is at least the expected value '42.5', so 0 passes"));

        [Fact]
        public Task MSTest_AreEqual_with_delta() => Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class MeterTests
{
    [TestMethod]
    public void Reads()
    {
        Assert.AreEqual(42.5, Meter.Read(), {|#0:double.MaxValue|});
        Assert.AreEqual(-3.0, Meter.Read(), delta: {|#1:3.0|});
    }
}" + Meter,
            TestLibraries.MSTest,
            Expected(0, "Assert.AreEqual", "tolerance 'double.MaxValue' accepts any value"),
            Expected(1, "Assert.AreEqual", "tolerance '3.0' is at least the expected value '-3.0', so 0 passes"));

        [Fact]
        public Task FluentAssertions_BeApproximately_BeCloseTo_and_BeInRange() => Verify.VerifyAsync(@"
using FluentAssertions;
using Xunit;
public class MeterTests
{
    [Fact]
    public void Reads()
    {
        var reading = Meter.Read();
        var count = Meter.Count();
        reading.Should().BeApproximately(42.5, {|#0:double.MaxValue|});
        reading.Should().BeApproximately(42.5, {|#1:42.5|});
        count.Should().BeCloseTo(10, {|#2:10|});
        {|#3:count.Should().BeInRange(int.MinValue, int.MaxValue)|};
    }
}" + Meter,
            TestLibraries.FluentAssertions,
            Expected(0, "BeApproximately", "tolerance 'double.MaxValue' accepts any value"),
            Expected(1, "BeApproximately", "tolerance '42.5' is at least the expected value '42.5', so 0 passes"),
            Expected(2, "BeCloseTo", "tolerance '10' is at least the expected value '10', so 0 passes"),
            Expected(3, "BeInRange", "range 'int.MinValue' to 'int.MaxValue' is every value of its type"));

        [Fact]
        public Task Shouldly_ShouldBe_with_tolerance_and_ShouldBeInRange() => Verify.VerifyAsync(@"
using Shouldly;
using Xunit;
public class MeterTests
{
    [Fact]
    public void Reads()
    {
        var reading = Meter.Read();
        reading.ShouldBe(42.5, {|#0:double.MaxValue|});
        reading.ShouldBe(42.5, {|#1:100|});
        {|#2:Meter.Count().ShouldBeInRange(int.MinValue, int.MaxValue)|};
    }
}" + Meter,
            TestLibraries.Shouldly,
            Expected(0, "ShouldBe", "tolerance 'double.MaxValue' accepts any value"),
            Expected(1, "ShouldBe", "tolerance '100' is at least the expected value '42.5', so 0 passes"),
            Expected(2, "Meter.Count(...).ShouldBeInRange", "range 'int.MinValue' to 'int.MaxValue' is every value of its type"));
    }
}
