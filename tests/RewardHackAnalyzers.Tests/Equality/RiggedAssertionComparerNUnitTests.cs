using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Equality.RiggedAssertionComparerAnalyzer>;

namespace RewardHackAnalyzers.Tests.Equality
{
    /// <summary>RH0004 on NUnit 3 and 4: constraint <c>Using</c>, <c>Has.All/Some/None.Matches</c>, classic CollectionAssert.</summary>
    public class RiggedAssertionComparerNUnitTests
    {
        public static TheoryData<string> NUnit => new() { nameof(TestLibraries.NUnit3), nameof(TestLibraries.NUnit4) };

        private static ReferenceAssemblies Libraries(string name) =>
            (ReferenceAssemblies)typeof(TestLibraries).GetProperty(name)!.GetValue(null)!;

        private const string IntComparers = @"
public class AnyInt : System.Collections.Generic.IEqualityComparer<int>
{
    public bool Equals(int x, int y) => true;
    public int GetHashCode(int o) => 0;
}
public class ZeroInt : System.Collections.Generic.IComparer<int>
{
    public int Compare(int x, int y) => 0;
}";

        private static DiagnosticResult Expected(int location, string assertion, string rigged) =>
            Verify.Diagnostic(Rules.RH0004_AssertionGivenRiggedComparer).WithLocation(location).WithArguments(assertion, rigged);

        /// <summary>A finding whose fix removes the call marked <paramref name="call"/> (the constraint's <c>Using</c>).</summary>
        private static DiagnosticResult Expected(int location, int call, string assertion, string rigged) =>
            Expected(location, assertion, rigged).WithLocation(call);

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task EqualTo_using_a_comparer_type_that_always_says_equal(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Same()
    {
        Assert.That(new Order { Id = 1 }, {|#1:Is.EqualTo(new Order { Id = 2 }).Using({|#0:new LooseComparer()|})|});
    }
}" + RiggedAssertionComparerXunitTests.Comparers,
            Libraries(libraries),
            Expected(0, 1, "Is.EqualTo(...).Using", "comparer 'LooseComparer'"));

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task EqualTo_using_comparer_lambdas(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Same()
    {
        Assert.That(42, {|#1:Is.EqualTo(41).Using<int>({|#0:(a, b) => true|})|});
        Assert.That(42, {|#3:Is.EqualTo(41).Using<int>({|#2:(a, b) => 0|})|});
    }
}",
            Libraries(libraries),
            Expected(0, 1, "Is.EqualTo(...).Using", "a comparer lambda"),
            Expected(2, 3, "Is.EqualTo(...).Using", "a comparer lambda"));

        // NUnit 4 rejects Using after a numeric tolerance at compile time; NUnit 3 accepts it.
        [Fact]
        public Task Display_keeps_every_link_of_the_constraint_chain_NUnit3() => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Same() => Assert.That(42, {|#1:Is.EqualTo(41).Within(1).Using<int>({|#0:(a, b) => true|})|});
}",
            TestLibraries.NUnit3,
            Expected(0, 1, "Is.EqualTo(...).Within(...).Using", "a comparer lambda"));

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task Other_constraints_that_pass_when_everything_compares_equal(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Loose()
    {
        var items = new[] { 1, 2, 3 };
        Assert.That(items, {|#1:Has.Member(9).Using({|#0:new AnyInt()|})|});
        Assert.That(items, {|#3:Is.EquivalentTo(new[] { 7, 8, 9 }).Using<int, int>({|#2:(a, b) => true|})|});
        Assert.That(100, {|#5:Is.InRange(1, 3).Using({|#4:new ZeroInt()|})|});
        Assert.That(1, {|#7:Is.GreaterThanOrEqualTo(5).Using({|#6:new ZeroInt()|})|});
        Assert.That(items, {|#9:Is.Ordered.Using({|#8:new ZeroInt()|})|});
    }
}" + IntComparers,
            Libraries(libraries),
            Expected(0, 1, "Has.Member(...).Using", "comparer 'AnyInt'"),
            Expected(2, 3, "Is.EquivalentTo(...).Using", "a comparer lambda"),
            Expected(4, 5, "Is.InRange(...).Using", "comparer 'ZeroInt'"),
            Expected(6, 7, "Is.GreaterThanOrEqualTo(...).Using", "comparer 'ZeroInt'"),
            Expected(8, 9, "Is.Ordered.Using", "comparer 'ZeroInt'"));

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task Constraints_that_fail_when_everything_compares_equal_are_not_reported(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Strict()
    {
        var items = new[] { 1, 2, 3 };
        Assert.That(1, Is.Not.EqualTo(2).Using(new AnyInt()));
        Assert.That(items, Has.No.Member(2).Using(new AnyInt()));
        Assert.That(items, Has.None.EqualTo(2).Using(new AnyInt()));
        Assert.That(5, Is.GreaterThan(1).Using(new ZeroInt()));
        Assert.That(1, Is.LessThan(5).Using(new ZeroInt()));
        Assert.That(items, Is.Unique.Using(new AnyInt()));
    }
}" + IntComparers,
            Libraries(libraries));

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task Matches_after_All_Some_or_None_with_a_predicate_that_always_passes(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Each()
    {
        var items = new[] { 1, 2, 3 };
        Assert.That(items, Has.All.Matches<int>({|#0:_ => true|}));
        Assert.That(items, Has.Some.Matches<int>({|#1:_ => true|}));
        Assert.That(items, Has.None.Matches<int>({|#2:_ => false|}));
        Assert.That(items, Is.All.Matches<int>({|#3:i => true|}));
    }
}",
            Libraries(libraries),
            Expected(0, "Has.All.Matches", "a predicate"),
            Expected(1, "Has.Some.Matches", "a predicate"),
            Expected(2, "Has.None.Matches", "a predicate"),
            Expected(3, "Is.All.Matches", "a predicate"));

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task Matches_that_still_checks_something_is_not_reported(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Each()
    {
        var items = new[] { 1, 2, 3 };
        Assert.That(items, Has.All.Matches<int>(i => i > 0));
        Assert.That(items, Has.Exactly(3).Matches<int>(_ => true));
        Assert.That(items, Has.None.Matches<int>(_ => true));
        Assert.That(items, Has.All.Matches<int>(_ => false));
    }
}",
            Libraries(libraries));

        [Fact]
        public Task Classic_CollectionAssert_given_a_comparer_that_always_returns_zero_NUnit3() => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Same()
    {
        CollectionAssert.AreEqual(new[] { 1 }, new[] { 2 }, {|#0:new Zero()|});
        CollectionAssert.IsOrdered(new[] { 3, 1 }, {|#1:new Zero()|});
        CollectionAssert.AreNotEqual(new[] { 1 }, new[] { 2 }, new Zero());
    }
}
public class Zero : System.Collections.IComparer
{
    public int Compare(object? x, object? y) => 0;
}",
            TestLibraries.NUnit3,
            Expected(0, "CollectionAssert.AreEqual", "comparer 'Zero'"),
            Expected(1, "CollectionAssert.IsOrdered", "comparer 'Zero'"));

        [Fact]
        public Task Legacy_CollectionAssert_given_a_comparer_that_always_returns_zero_NUnit4() => Verify.VerifyAsync(@"
using NUnit.Framework.Legacy;
public class Tests
{
    [NUnit.Framework.Test]
    public void Same()
    {
        CollectionAssert.AreEqual(new[] { 1 }, new[] { 2 }, {|#0:new Zero()|});
    }
}
public class Zero : System.Collections.IComparer
{
    public int Compare(object? x, object? y) => 0;
}",
            TestLibraries.NUnit4,
            Expected(0, "CollectionAssert.AreEqual", "comparer 'Zero'"));
    }
}
