using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Equality.RiggedAssertionComparerAnalyzer>;

namespace RewardHackAnalyzers.Tests.Equality
{
    /// <summary>RH0004 on MSTest 3.11: Assert.AreEqual/Contains/DoesNotContain and CollectionAssert.AreEqual/AreEquivalent.</summary>
    public class RiggedAssertionComparerMSTestTests
    {
        private static DiagnosticResult Expected(int location, string assertion, string rigged) =>
            Verify.Diagnostic(Rules.RH0004_AssertionGivenRiggedComparer).WithLocation(location).WithArguments(assertion, rigged);

        [Fact]
        public Task AreEqual_given_a_comparer_that_always_says_equal() => Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Same()
    {
        Assert.AreEqual(new Order { Id = 1 }, new Order { Id = 2 }, {|#0:new LooseComparer()|});
        Assert.AreEqual(new Order { Id = 1 }, new Order { Id = 2 }, {|#1:new LooseComparer()|}, ""orders match"");
    }
}" + RiggedAssertionComparerXunitTests.Comparers,
            TestLibraries.MSTest,
            Expected(0, "Assert.AreEqual", "comparer 'LooseComparer'"),
            Expected(1, "Assert.AreEqual", "comparer 'LooseComparer'"));

        [Fact]
        public Task Contains_given_a_rigged_comparer_or_an_always_true_predicate() => Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Present()
    {
        var orders = new[] { new Order { Id = 1 } };
        Assert.Contains(new Order { Id = 9 }, orders, {|#0:new LooseComparer()|});
        Assert.Contains({|#1:(Order _) => true|}, orders);
        Assert.DoesNotContain({|#2:(Order _) => false|}, orders);
    }
}" + RiggedAssertionComparerXunitTests.Comparers,
            TestLibraries.MSTest,
            Expected(0, "Assert.Contains", "comparer 'LooseComparer'"),
            Expected(1, "Assert.Contains", "a predicate"),
            Expected(2, "Assert.DoesNotContain", "a predicate"));

        [Fact]
        public Task CollectionAssert_given_comparers_that_always_say_equal() => Verify.VerifyAsync(@"
using System.Collections;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Same()
    {
        CollectionAssert.AreEqual(new[] { 1 }, new[] { 2 }, {|#0:new Zero()|});
        CollectionAssert.AreEqual(new[] { 1 }, new[] { 2 }, {|#1:Comparer<int>.Create((a, b) => 0)|});
        CollectionAssert.AreEquivalent(new[] { new Order() }, new[] { new Order() }, {|#2:new LooseComparer()|});
    }
}
public class Zero : IComparer
{
    public int Compare(object? x, object? y) => 0;
}" + RiggedAssertionComparerXunitTests.Comparers,
            TestLibraries.MSTest,
            Expected(0, "CollectionAssert.AreEqual", "comparer 'Zero'"),
            Expected(1, "CollectionAssert.AreEqual", "a comparer lambda"),
            Expected(2, "CollectionAssert.AreEquivalent", "comparer 'LooseComparer'"));

        [Fact]
        public Task Inverted_and_honest_MSTest_assertions_are_not_reported() => Verify.VerifyAsync(@"
using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Checked()
    {
        var orders = new[] { new Order { Id = 3 } };
        Assert.AreNotEqual(new Order(), new Order(), new LooseComparer());
        CollectionAssert.AreNotEquivalent(orders, orders, new LooseComparer());
        Assert.AreEqual(""abc"", ""ABC"", StringComparer.OrdinalIgnoreCase);
        Assert.AreEqual(new Order { Id = 1 }, new Order { Id = 1 }, new IdComparer());
        Assert.Contains((Order o) => o.Id == 3, orders);
        Assert.DoesNotContain((Order o) => o.Id == 4, orders);
        Assert.ContainsSingle((Order _) => true, orders, ""exactly one order"");
    }
}" + RiggedAssertionComparerXunitTests.Comparers,
            TestLibraries.MSTest);
    }
}
