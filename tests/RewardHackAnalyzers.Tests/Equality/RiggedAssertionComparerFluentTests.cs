using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Equality.RiggedAssertionComparerAnalyzer>;

namespace RewardHackAnalyzers.Tests.Equality
{
    /// <summary>
    /// RH0004 on FluentAssertions 7 and AwesomeAssertions 9, whose equivalency and collection APIs match: the same
    /// source runs against both, with the namespace swapped.
    /// </summary>
    public class RiggedAssertionComparerFluentTests
    {
        public static TheoryData<string> Libraries => new() { "FluentAssertions", "AwesomeAssertions" };

        internal const string Types = @"
public class Order { public int Id { get; set; } public System.DateTime Timestamp { get; set; } }
public class LooseOrders : System.Collections.Generic.IEqualityComparer<Order>
{
    public bool Equals(Order? x, Order? y) => true;
    public int GetHashCode(Order o) => 0;
}";

        private static ReferenceAssemblies References(string library) =>
            library == "FluentAssertions" ? TestLibraries.FluentAssertions : TestLibraries.AwesomeAssertions;

        private static string In(string library, string source) => source.Replace("FluentAssertions", library, System.StringComparison.Ordinal) + Types;

        private static DiagnosticResult Expected(int location, string assertion, string rigged) =>
            Verify.Diagnostic(Rules.RH0004_AssertionGivenRiggedComparer).WithLocation(location).WithArguments(assertion, rigged);

        [Theory]
        [MemberData(nameof(Libraries))]
        public Task BeEquivalentTo_with_an_empty_assertion_for_the_expectation_type(string library) => Verify.VerifyAsync(In(library, @"
using FluentAssertions;
public class Tests
{
    [Xunit.Fact]
    public void Same()
    {
        var actual = new Order { Id = 1 };
        var expected = new Order { Id = 2 };
        actual.Should().BeEquivalentTo(expected, {|#0:o => {|#1:o.Using<Order>(_ => { }).WhenTypeIs<Order>()|}|});
        actual.Should().BeEquivalentTo(expected, {|#2:o => {|#3:o.Using<object>(ctx => { }).WhenTypeIs<object>()|}|});
        actual.Should().BeEquivalentTo(expected, {|#4:o => {|#5:o.Using<object>(_ => { }).When(_ => true)|}|});
        actual.Should().BeEquivalentTo(expected, {|#6:o => {|#7:o.WithStrictOrdering().Using<Order>(_ => { }).WhenTypeIs<Order>()|}.WithTracing()|});
    }
}"),
            References(library),
            Expected(0, "BeEquivalentTo", "equivalency options that replace comparison with an empty assertion").WithLocation(1),
            Expected(2, "BeEquivalentTo", "equivalency options that replace comparison with an empty assertion").WithLocation(3),
            Expected(4, "BeEquivalentTo", "equivalency options that replace comparison with an empty assertion").WithLocation(5),
            Expected(6, "BeEquivalentTo", "equivalency options that replace comparison with an empty assertion").WithLocation(7));

        [Theory]
        [MemberData(nameof(Libraries))]
        public Task Collection_equivalency_with_a_rigged_comparer_for_the_element_type(string library) => Verify.VerifyAsync(In(library, @"
using FluentAssertions;
public class Tests
{
    [Xunit.Fact]
    public void Same()
    {
        var orders = new[] { new Order { Id = 1 } };
        orders.Should().BeEquivalentTo(new[] { new Order { Id = 2 } }, {|#0:o => {|#1:o.Using<Order>(new LooseOrders())|}|});
        orders.Should().ContainEquivalentOf(new Order { Id = 2 }, {|#2:o => {|#3:o.Using<Order>(_ => { }).WhenTypeIs<Order>()|}|});
        orders.Should().AllBeEquivalentTo(new Order { Id = 2 }, {|#4:o => {|#5:o.Using<Order>(_ => { }).WhenTypeIs<Order>()|}|});
    }
}"),
            References(library),
            Expected(0, "BeEquivalentTo", "comparer 'LooseOrders'").WithLocation(1),
            Expected(2, "ContainEquivalentOf", "equivalency options that replace comparison with an empty assertion").WithLocation(3),
            Expected(4, "AllBeEquivalentTo", "equivalency options that replace comparison with an empty assertion").WithLocation(5));

        [Theory]
        [MemberData(nameof(Libraries))]
        public Task Collection_assertions_given_a_rigged_predicate_inspector_or_comparer(string library) => Verify.VerifyAsync(In(library, @"
using FluentAssertions;
public class Tests
{
    [Xunit.Fact]
    public void Each()
    {
        var items = new[] { 1, 2, 3 };
        items.Should().AllSatisfy({|#0:_ => { }|});
        items.Should().OnlyContain({|#1:_ => true|});
        items.Should().Contain({|#2:_ => true|});
        items.Should().NotContain({|#3:_ => false|});
        items.Should().Equal(new[] { 7, 8, 9 }, {|#4:(a, e) => true|});
        new Order().Should().Match<Order>({|#5:_ => true|});
    }
}"),
            References(library),
            Expected(0, "AllSatisfy", "an element inspector"),
            Expected(1, "OnlyContain", "a predicate"),
            Expected(2, "Contain", "a predicate"),
            Expected(3, "NotContain", "a predicate"),
            Expected(4, "Equal", "a comparer lambda"),
            Expected(5, "Match", "a predicate"));

        // Both libraries reject these at run time ("No members were found for comparison", or a selector that is not a
        // member), so the test fails rather than passes: nothing is rigged.
        [Theory]
        [MemberData(nameof(Libraries))]
        public Task Options_that_exclude_every_member_throw_at_run_time_and_are_not_reported(string library) => Verify.VerifyAsync(In(library, @"
using FluentAssertions;
using FluentAssertions.Equivalency;
public class Tests
{
    [Xunit.Fact]
    public void Same()
    {
        var actual = new Order { Id = 1 };
        actual.Should().BeEquivalentTo(new Order { Id = 2 }, o => o.Excluding(_ => true));
        actual.Should().BeEquivalentTo(new Order { Id = 2 }, o => o.Excluding((IMemberInfo _) => true));
    }
}"),
            References(library));

        [Theory]
        [MemberData(nameof(Libraries))]
        public Task Deliberate_leniency_for_one_member_or_member_type_is_not_reported(string library) => Verify.VerifyAsync(In(library, @"
using System;
using FluentAssertions;
public class Tests
{
    [Xunit.Fact]
    public void Same()
    {
        var actual = new Order { Id = 1, Timestamp = DateTime.Now };
        var expected = new Order { Id = 1 };
        actual.Should().BeEquivalentTo(expected, o => o.Excluding(x => x.Timestamp));
        actual.Should().BeEquivalentTo(expected, o => o
            .Using<DateTime>(ctx => ctx.Subject.Should().BeCloseTo(ctx.Expectation, TimeSpan.FromSeconds(1)))
            .WhenTypeIs<DateTime>());
        actual.Should().BeEquivalentTo(expected, o => o.Using<DateTime>(_ => { }).WhenTypeIs<DateTime>());
        actual.Should().NotBeEquivalentTo(new Order { Id = 2 }, o => o.Using<Order>(_ => { }).WhenTypeIs<Order>());
        actual.Should().BeEquivalentTo(expected, o => o.Using<object>(_ => { }).When(info => info.Path == ""Timestamp""));
        new[] { 1, 2 }.Should().AllSatisfy(i => i.Should().BePositive());
        new[] { 1, 2 }.Should().Contain(i => i == 2);
    }
}"),
            References(library));
    }
}
