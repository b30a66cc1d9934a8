using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Equality.RiggedAssertionComparerAnalyzer>;

namespace RewardHackAnalyzers.Tests.Equality
{
    /// <summary>RH0004 on xUnit's Assert, v2 and v3: comparers, comparer lambdas, predicates and element inspectors.</summary>
    public class RiggedAssertionComparerXunitTests
    {
        internal const string Comparers = @"
public class Order { public int Id; public string Name = """"; }
public class LooseComparer : System.Collections.Generic.IEqualityComparer<Order>
{
    public bool Equals(Order? x, Order? y) => true;
    public int GetHashCode(Order o) => 0;
}
public class IdComparer : System.Collections.Generic.IEqualityComparer<Order>
{
    public bool Equals(Order? x, Order? y) => x?.Id == y?.Id;
    public int GetHashCode(Order o) => o.Id;
}
public class ZeroComparer : System.Collections.Generic.IComparer<int>
{
    public int Compare(int x, int y) => 0;
}
";

        public static TheoryData<string> Xunit => new() { nameof(TestLibraries.XunitV2), nameof(TestLibraries.XunitV3) };

        private static ReferenceAssemblies Libraries(string name) =>
            (ReferenceAssemblies)typeof(TestLibraries).GetProperty(name)!.GetValue(null)!;

        private static DiagnosticResult Expected(int location, string assertion, string rigged) =>
            Verify.Diagnostic(Rules.RH0004_AssertionGivenRiggedComparer).WithLocation(location).WithArguments(assertion, rigged);

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Equal_given_a_comparer_type_that_always_says_equal(string libraries) => Verify.VerifyAsync(@"
public class Tests
{
    [Xunit.Fact]
    public void Same()
    {
        Xunit.Assert.Equal(new Order { Id = 1 }, new Order { Id = 2 }, {|#0:new LooseComparer()|});
    }
}" + Comparers,
            Libraries(libraries),
            Expected(0, "Xunit.Assert.Equal", "comparer 'LooseComparer'"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Equal_given_a_comparer_lambda_that_returns_true(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Same()
    {
        Assert.Equal(42, 41, {|#0:(a, b) => true|});
        Assert.Equal(new[] { 1 }, new[] { 2 }, {|#1:(a, b) => { return !false; }|});
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.Equal", "a comparer lambda"),
            Expected(1, "Assert.Equal", "a comparer lambda"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Equal_given_a_method_group_or_factory_comparer(string libraries) => Verify.VerifyAsync(@"
using System.Collections.Generic;
using Xunit;
public class Tests
{
    private static bool AlwaysTrue(int a, int b) => true;

    [Fact]
    public void Same()
    {
        Assert.Equal(42, 41, {|#0:AlwaysTrue|});
        Assert.Equal(42, 41, {|#1:EqualityComparer<int>.Create((a, b) => true)|});
        Assert.Equal(42, 41, {|#2:EqualityComparer<int>.Create(AlwaysTrue)|});
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.Equal", "comparer method 'AlwaysTrue'"),
            Expected(1, "Assert.Equal", "a comparer lambda"),
            Expected(2, "Assert.Equal", "comparer method 'AlwaysTrue'"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Comparer_held_in_a_local_or_static_property(string libraries) => Verify.VerifyAsync(@"
public static class Comparers { public static LooseComparer Loose { get; } = new LooseComparer(); }
public class Tests
{
    [Xunit.Fact]
    public void Same()
    {
        var comparer = new LooseComparer();
        Xunit.Assert.Equal(new Order(), new Order(), {|#0:comparer|});
        Xunit.Assert.Equal(new Order(), new Order(), {|#1:Comparers.Loose|});
    }
}" + Comparers,
            Libraries(libraries),
            Expected(0, "Xunit.Assert.Equal", "comparer 'LooseComparer'"),
            Expected(1, "Xunit.Assert.Equal", "comparer 'LooseComparer'"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Contains_and_InRange_given_a_rigged_comparer(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Present()
    {
        Assert.Contains(new Order { Id = 9 }, new[] { new Order() }, {|#0:new LooseComparer()|});
        Assert.InRange(100, 1, 10, {|#1:new ZeroComparer()|});
    }
}" + Comparers,
            Libraries(libraries),
            Expected(0, "Assert.Contains", "comparer 'LooseComparer'"),
            Expected(1, "Assert.InRange", "comparer 'ZeroComparer'"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Contains_given_a_predicate_that_is_always_true(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    private static bool Anything(int value) => true;

    [Fact]
    public void Present()
    {
        var items = new[] { 1, 2, 3 };
        Assert.Contains(items, {|#0:_ => true|});
        Assert.Contains(items, {|#1:i => i > 0 || true|});
        Assert.Contains(items, {|#2:Anything|});
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.Contains", "a predicate"),
            Expected(1, "Assert.Contains", "a predicate"),
            Expected(2, "Assert.Contains", "predicate method 'Anything'"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task DoesNotContain_given_a_predicate_that_is_always_false(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Absent()
    {
        var items = new[] { 1, 2, 3 };
        Assert.DoesNotContain(items, {|#0:_ => false|});
        Assert.DoesNotContain(items, _ => true);
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.DoesNotContain", "a predicate"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task All_given_an_element_inspector_that_does_nothing(string libraries) => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using Xunit;
public class Tests
{
    private static void Ignore(int value) { }

    [Fact]
    public async Task Each()
    {
        var items = new[] { 1, 2, 3 };
        Assert.All(items, {|#0:_ => { }|});
        Assert.All(items, {|#1:(item, index) => { }|});
        Assert.All(items, {|#2:Ignore|});
        await Assert.AllAsync(items, {|#3:async _ => { }|});
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.All", "an element inspector"),
            Expected(1, "Assert.All", "an element inspector"),
            Expected(2, "Assert.All", "element inspector method 'Ignore'"),
            Expected(3, "Assert.AllAsync", "an element inspector"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Using_static_assert_is_displayed_by_method_name(string libraries) => Verify.VerifyAsync(@"
using static Xunit.Assert;
public class Tests
{
    [Xunit.Fact]
    public void Same() => Equal(1, 2, {|#0:(a, b) => true|});
}",
            Libraries(libraries),
            Expected(0, "Equal", "a comparer lambda"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Rigged_comparer_on_an_inverted_assertion_makes_it_fail_and_is_not_reported(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Different()
    {
        Assert.NotEqual(new Order(), new Order(), new LooseComparer());
        Assert.NotEqual(1, 2, (a, b) => true);
        Assert.DoesNotContain(new Order(), new[] { new Order() }, new LooseComparer());
        Assert.NotInRange(100, 1, 10, new ZeroComparer());
    }
}" + Comparers,
            Libraries(libraries));
    }
}
