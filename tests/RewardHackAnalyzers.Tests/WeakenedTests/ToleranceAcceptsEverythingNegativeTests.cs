using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.WeakenedTests.ToleranceAcceptsEverythingAnalyzerTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.ToleranceAcceptsEverythingAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0407 look-alikes that stay silent: tolerances below the expected value, expected 0, non-constants, partial ranges, negated assertions.</summary>
    public class ToleranceAcceptsEverythingNegativeTests
    {
        [Theory]
        [MemberData(nameof(Xunit), MemberType = typeof(ToleranceAcceptsEverythingAnalyzerTests))]
        public Task Xunit_tolerances_that_still_check(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class MeterTests
{
    [Fact]
    public void Reads(double tolerance)
    {
        Assert.Equal(42.5, Meter.Read(), 0.01);
        Assert.Equal(0.0, Meter.Read(), 1e-9);
        Assert.Equal(42.5, Meter.Read(), tolerance);
        Assert.Equal(0.25, Meter.Read(), 2);
        Assert.Equal(42.5, Meter.Read(), 0);
        Assert.Equal(0.0, Meter.Read(), 0);
        Assert.NotEqual(42.5, Meter.Read(), 0);
        Assert.InRange(Meter.Count(), 0, int.MaxValue);
        Assert.InRange(Meter.Count(), int.MinValue, 10);
        Assert.InRange((long)Meter.Count(), int.MinValue, int.MaxValue);
        Assert.InRange(Meter.Read(), double.MinValue, double.MaxValue);
    }
}" + Meter, Libraries(libraries));

        [Theory]
        [MemberData(nameof(NUnit), MemberType = typeof(ToleranceAcceptsEverythingAnalyzerTests))]
        public Task NUnit_tolerances_that_still_check(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class MeterTests
{
    [Test]
    public void Reads()
    {
        Assert.That(Meter.Read(), Is.EqualTo(42.5).Within(0.1));
        Assert.That(Meter.Read(), Is.EqualTo(42.5).Within(5).Percent);
        Assert.That(Meter.Read(), Is.Not.EqualTo(42.5).Within(100));
        Assert.That(Meter.Read(), Is.EqualTo(42.5).Within(100).Ulps);
        Assert.That(Meter.Count(), Is.InRange(1, 10));
    }
}" + Meter, Libraries(libraries));

        [Fact]
        public Task Fluent_tolerances_that_still_check() => Verify.VerifyAsync(@"
using FluentAssertions;
using Xunit;
public class MeterTests
{
    [Fact]
    public void Reads()
    {
        Meter.Read().Should().BeApproximately(42.5, 0.5);
        Meter.Read().Should().NotBeApproximately(42.5, double.MaxValue);
        Meter.Count().Should().BeInRange(0, int.MaxValue);
    }
}" + Meter, TestLibraries.FluentAssertions);

        [Fact]
        public Task A_user_method_with_a_tolerance_parameter_is_not_an_assertion() => Verify.VerifyAsync(@"
public static class Check
{
    public static bool Close(double expected, double actual, double tolerance) => System.Math.Abs(expected - actual) <= tolerance;
}
public class MeterTests
{
    [Xunit.Fact]
    public void Reads() => Xunit.Assert.True(Check.Close(42.5, Meter.Read(), double.MaxValue));
}" + Meter, TestLibraries.XunitV2);

        [Fact]
        public Task Broken_code_is_not_reported() => Verify.VerifyAsync(@"
using Xunit;
public class MeterTests
{
    [Fact]
    public void Reads()
    {
        Assert.Equal(42.5, Meter.Read(), {|CS0103:missing|});
        Assert.InRange(Meter.Count(), int.MinValue, {|CS0103:missing|});
    }
}" + Meter, TestLibraries.XunitV2);
    }
}
