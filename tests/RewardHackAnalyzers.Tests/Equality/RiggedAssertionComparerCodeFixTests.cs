using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.CodeFixes.Equality;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RewardHackAnalyzers.Equality.RiggedAssertionComparerAnalyzer,
    RewardHackAnalyzers.CodeFixes.Equality.RemoveRiggedComparerCodeFix>;

namespace RewardHackAnalyzers.Tests.Equality
{
    /// <summary>
    /// RH0004's fix: exact output per framework; the harness compiles the fixed code and, with two diagnostics in one
    /// file, also checks that fix-all produces the same result.
    /// </summary>
    public class RiggedAssertionComparerCodeFixTests
    {
        private static DiagnosticResult Expected(int location, string assertion, string rigged) =>
            Verify.Diagnostic(Rules.RH0004_AssertionGivenRiggedComparer).WithLocation(location).WithArguments(assertion, rigged);

        [Fact]
        public Task Xunit_Equal_loses_its_comparer_argument_and_fix_all_fixes_both() => Verify.VerifyFixAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Same()
    {
        Assert.Equal(new Order { Id = 1 }, new Order { Id = 1 }, {|#0:new LooseComparer()|});
        Assert.Equal(42, 42, {|#1:(a, b) => true|});
    }
}" + RiggedAssertionComparerXunitTests.Comparers,
            TestLibraries.XunitV2,
            new[] { Expected(0, "Assert.Equal", "comparer 'LooseComparer'"), Expected(1, "Assert.Equal", "a comparer lambda") },
            @"
using Xunit;
public class Tests
{
    [Fact]
    public void Same()
    {
        Assert.Equal(new Order { Id = 1 }, new Order { Id = 1 });
        Assert.Equal(42, 42);
    }
}" + RiggedAssertionComparerXunitTests.Comparers);

        // The harness checks fix-all (document, project, solution) only when a provider exists; pin that it does.
        [Fact]
        public void Fix_all_goes_through_the_batch_fixer() =>
            Assert.Same(WellKnownFixAllProviders.BatchFixer, new RemoveRiggedComparerCodeFix().GetFixAllProvider());

        [Fact]
        public Task Xunit_v3_Equal_on_a_multi_line_call() => Verify.VerifyFixAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Same()
    {
        Assert.Equal(
            new[] { 1, 2 },
            new[] { 1, 2 },
            {|#0:(a, b) => true|});
    }
}",
            TestLibraries.XunitV3,
            new[] { Expected(0, "Assert.Equal", "a comparer lambda") },
            @"
using Xunit;
public class Tests
{
    [Fact]
    public void Same()
    {
        Assert.Equal(
            new[] { 1, 2 },
            new[] { 1, 2 });
    }
}");

        [Theory]
        [InlineData(nameof(TestLibraries.NUnit3))]
        [InlineData(nameof(TestLibraries.NUnit4))]
        public Task NUnit_Using_call_is_removed_from_the_constraint(string libraries) => Verify.VerifyFixAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Same()
    {
        Assert.That(new Order { Id = 1 }, {|#1:Is.EqualTo(new Order { Id = 1 }).Using({|#0:new LooseComparer()|})|});
        Assert.That(42, {|#3:Is.EqualTo(42).Using<int>({|#2:(a, b) => 0|})|}, ""answer"");
    }
}" + RiggedAssertionComparerXunitTests.Comparers,
            (ReferenceAssemblies)typeof(TestLibraries).GetProperty(libraries)!.GetValue(null)!,
            new[]
            {
                Expected(0, "Is.EqualTo(...).Using", "comparer 'LooseComparer'").WithLocation(1),
                Expected(2, "Is.EqualTo(...).Using", "a comparer lambda").WithLocation(3),
            },
            @"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Same()
    {
        Assert.That(new Order { Id = 1 }, Is.EqualTo(new Order { Id = 1 }));
        Assert.That(42, Is.EqualTo(42), ""answer"");
    }
}" + RiggedAssertionComparerXunitTests.Comparers);

        [Fact]
        public Task MSTest_AreEqual_keeps_its_message() => Verify.VerifyFixAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Same()
    {
        Assert.AreEqual(new Order { Id = 1 }, new Order { Id = 1 }, {|#0:new LooseComparer()|});
        Assert.AreEqual(new Order { Id = 1 }, new Order { Id = 1 }, {|#1:new LooseComparer()|}, ""orders match"");
    }
}" + RiggedAssertionComparerXunitTests.Comparers,
            TestLibraries.MSTest,
            new[] { Expected(0, "Assert.AreEqual", "comparer 'LooseComparer'"), Expected(1, "Assert.AreEqual", "comparer 'LooseComparer'") },
            @"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Same()
    {
        Assert.AreEqual(new Order { Id = 1 }, new Order { Id = 1 });
        Assert.AreEqual(new Order { Id = 1 }, new Order { Id = 1 }, ""orders match"");
    }
}" + RiggedAssertionComparerXunitTests.Comparers);

        [Fact]
        public Task MSTest_CollectionAssert_AreEqual_loses_its_comparer() => Verify.VerifyFixAsync(@"
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Same() => CollectionAssert.AreEqual(new[] { 1 }, new[] { 1 }, {|#0:Comparer<int>.Create((a, b) => 0)|});
}",
            TestLibraries.MSTest,
            new[] { Expected(0, "CollectionAssert.AreEqual", "a comparer lambda") },
            @"
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Same() => CollectionAssert.AreEqual(new[] { 1 }, new[] { 1 });
}");

        [Theory]
        [InlineData("FluentAssertions")]
        [InlineData("AwesomeAssertions")]
        public Task Equivalency_options_that_only_rig_are_removed_and_others_keep_the_rest(string library) => Verify.VerifyFixAsync(
            (@"
using FluentAssertions;
public class Tests
{
    [Xunit.Fact]
    public void Same()
    {
        var actual = new Order { Id = 1 };
        actual.Should().BeEquivalentTo(new Order { Id = 1 }, {|#0:o => {|#1:o.Using<Order>(_ => { }).WhenTypeIs<Order>()|}|});
        actual.Should().BeEquivalentTo(new Order { Id = 1 }, {|#2:options => {|#3:options.WithStrictOrdering().Using<Order>(new LooseOrders())|}|}, ""same order"");
        actual.Should().BeEquivalentTo(new Order { Id = 1 }, {|#4:o => {|#5:o.Using<Order>(_ => { }).WhenTypeIs<Order>()|}.WithTracing()|});
    }
}").Replace("FluentAssertions", library, System.StringComparison.Ordinal) + RiggedAssertionComparerFluentTests.Types,
            library == "FluentAssertions" ? TestLibraries.FluentAssertions : TestLibraries.AwesomeAssertions,
            new[]
            {
                Expected(0, "BeEquivalentTo", "equivalency options that replace comparison with an empty assertion").WithLocation(1),
                Expected(2, "BeEquivalentTo", "comparer 'LooseOrders'").WithLocation(3),
                Expected(4, "BeEquivalentTo", "equivalency options that replace comparison with an empty assertion").WithLocation(5),
            },
            (@"
using FluentAssertions;
public class Tests
{
    [Xunit.Fact]
    public void Same()
    {
        var actual = new Order { Id = 1 };
        actual.Should().BeEquivalentTo(new Order { Id = 1 });
        actual.Should().BeEquivalentTo(new Order { Id = 1 }, options => options.WithStrictOrdering(), ""same order"");
        actual.Should().BeEquivalentTo(new Order { Id = 1 }, o => o.WithTracing());
    }
}").Replace("FluentAssertions", library, System.StringComparison.Ordinal) + RiggedAssertionComparerFluentTests.Types);

        [Fact]
        public Task No_fix_for_a_predicate_or_an_element_inspector() => Verify.VerifyFixAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Each()
    {
        var items = new[] { 1, 2, 3 };
        Assert.All(items, {|#0:_ => { }|});
        Assert.Contains(items, {|#1:_ => true|});
    }
}",
            TestLibraries.XunitV2,
            new[] { Expected(0, "Assert.All", "an element inspector"), Expected(1, "Assert.Contains", "a predicate") },
            @"
using Xunit;
public class Tests
{
    [Fact]
    public void Each()
    {
        var items = new[] { 1, 2, 3 };
        Assert.All(items, {|#0:_ => { }|});
        Assert.Contains(items, {|#1:_ => true|});
    }
}");

        // Without its comparer, InRange needs T : IComparable; Order is not, so the stronger call would not compile.
        [Fact]
        public Task No_fix_when_the_assertion_without_the_comparer_would_not_compile() => Verify.VerifyFixAsync(@"
using System.Collections.Generic;
using Xunit;
public class Version { public int Major; }
public class Tests
{
    [Fact]
    public void InRange() => Assert.InRange(new Version(), new Version(), new Version(), {|#0:Comparer<Version>.Create((a, b) => 0)|});
}",
            TestLibraries.XunitV2,
            new[] { Expected(0, "Assert.InRange", "a comparer lambda") },
            @"
using System.Collections.Generic;
using Xunit;
public class Version { public int Major; }
public class Tests
{
    [Fact]
    public void InRange() => Assert.InRange(new Version(), new Version(), new Version(), {|#0:Comparer<Version>.Create((a, b) => 0)|});
}");
    }
}
