using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.FakedSuccess.AssertionCannotReportAnalyzer>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    /// <summary>RH0106: assertions whose failure cannot reach the test, on every framework; awaited and observed look-alikes stay silent.</summary>
    public class AssertionCannotReportAnalyzerTests
    {
        internal const string Unawaited = "returns a task that is never awaited";

        internal static DiagnosticResult Expected(int location, string assertion, string reason) =>
            Verify.Diagnostic(Rules.RH0106_AssertionCannotReport).WithLocation(location).WithArguments(assertion, reason);

        [Theory]
        [InlineData(nameof(TestLibraries.XunitV2))]
        [InlineData(nameof(TestLibraries.XunitV3))]
        public Task Xunit_ThrowsAsync_without_await(string libraries) => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using Xunit;
public class Tests
{
    [Fact]
    public void Rejects()
    {
        {|#0:Assert.ThrowsAsync<InvalidOperationException>(() => Task.CompletedTask)|};
        _ = {|#1:Assert.ThrowsAnyAsync<Exception>(() => Task.CompletedTask)|};
    }
}",
            TestModels.References(libraries),
            Expected(0, "Assert.ThrowsAsync", Unawaited),
            Expected(1, "Assert.ThrowsAnyAsync", Unawaited));

        [Fact]
        public Task NUnit_ThatAsync_without_await() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Rejects()
    {
        {|#0:Assert.ThatAsync(() => Task.CompletedTask, Throws.InvalidOperationException)|};
    }
}",
            TestLibraries.NUnit4,
            Expected(0, "Assert.ThatAsync", Unawaited));

        [Fact]
        public Task MSTest_ThrowsExactlyAsync_without_await() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public void Rejects()
    {
        _ = {|#0:Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Task.CompletedTask)|};
    }
}",
            TestLibraries.MSTest,
            Expected(0, "Assert.ThrowsExactlyAsync", Unawaited));

        [Fact]
        public Task FluentAssertions_ThrowAsync_without_await() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;
public class Tests
{
    [Fact]
    public void Rejects()
    {
        Func<Task> act = () => Task.CompletedTask;
        {|#0:act.Should().ThrowAsync<InvalidOperationException>()|};
        {|#1:act.Should().NotThrowAsync()|};
        _ = {|#2:act.Should().ThrowAsync<InvalidOperationException>().WithMessage(""closed"")|};
    }
}",
            TestLibraries.FluentAssertions,
            Expected(0, "ThrowAsync", Unawaited),
            Expected(1, "NotThrowAsync", Unawaited),
            Expected(2, "WithMessage", Unawaited));

        [Fact]
        public Task TUnit_assertion_chain_without_await() => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using TUnit.Assertions;
using TUnit.Assertions.Extensions;
public class Tests
{
    public async Task Totals(int total)
    {
        {|#0:Assert.That(total).IsEqualTo(3)|};
        await Assert.That(total).IsPositive();
    }
}",
            TestLibraries.TUnit,
            Expected(0, "Assert.That(...).IsEqualTo", Unawaited));

        [Fact]
        public Task Async_helper_that_asserts_without_await() => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using Xunit;
public class Tests
{
    private static async Task CheckAsync(int value) { await Task.Yield(); Assert.Equal(1, value); }

    [Fact]
    public void Checks()
    {
        {|#0:CheckAsync(2)|};
    }
}",
            TestLibraries.XunitV2,
            Expected(0, "CheckAsync", Unawaited));

        [Theory]
        [InlineData(nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "[Test]", "Assert.That(total, Is.EqualTo(3))", "Assert.That")]
        [InlineData(nameof(TestLibraries.MSTest), "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]", "Assert.AreEqual(3, total)", "Assert.AreEqual")]
        [InlineData(nameof(TestLibraries.XunitV3), "using Xunit;", "[Fact]", "Assert.Equal(3, total)", "Assert.Equal")]
        public Task Assertions_in_an_async_void_test_or_helper(string libraries, string usings, string attribute, string assertion, string display) => Verify.VerifyAsync($$"""
using System.Threading.Tasks;
{{usings}}
public class Tests
{
    {{attribute}}
    public async void Totals()
    {
        var total = await Task.FromResult(3);
        {|#0:{{assertion}}|};
    }

    private async void Check(int total)
    {
        await Task.Yield();
        {|#1:{{assertion}}|};
    }
}
""",
            TestModels.References(libraries),
            Expected(0, display, "runs in async void 'Totals'"),
            Expected(1, display, "runs in async void 'Check'"));

        [Fact]
        public Task Xunit_v2_awaits_async_void_tests_but_not_helpers() => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using Xunit;
public class Tests
{
    [Fact]
    public async void Totals()
    {
        var total = await Task.FromResult(3);
        Assert.Equal(3, total);
    }

    private async void Check(int total)
    {
        await Task.Yield();
        {|#0:Assert.Equal(3, total)|};
    }
}",
            TestLibraries.XunitV2,
            Expected(0, "Assert.Equal", "runs in async void 'Check'"));

        [Fact]
        public Task Assertions_in_async_void_lambdas_and_local_functions() => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Totals()
    {
        var totals = new List<int> { 1, 2 };
        totals.ForEach(async total => { await Task.Yield(); {|#0:Assert.That(total, Is.Positive)|}; });
        async void Check() { await Task.Yield(); {|#1:Assert.That(totals, Is.Not.Empty)|}; }
        Check();
    }
}",
            TestLibraries.NUnit4,
            Expected(0, "Assert.That", "runs in an async void lambda"),
            Expected(1, "Assert.That", "runs in async void 'Check'"));

        [Fact]
        public Task Assertions_in_fire_and_forget_tasks() => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    private static void CheckTotals() => Assert.AreEqual(3, 1 + 2);

    [TestMethod]
    public void Totals()
    {
        {|#3:Task.Run(() => {|#0:Assert.AreEqual(3, 1 + 1)|})|};
        _ = {|#4:Task.Factory.StartNew(() => { {|#1:Assert.IsTrue(false)|}; })|};
        _ = {|#5:Task.Run({|#2:CheckTotals|})|};
    }
}",
            TestLibraries.MSTest,
            Expected(0, "Assert.AreEqual", "runs in a Task.Run that is never awaited").WithLocation(3),
            Expected(1, "Assert.IsTrue", "runs in a Task.Factory.StartNew that is never awaited").WithLocation(4),
            Expected(2, "CheckTotals", "runs in a Task.Run that is never awaited").WithLocation(5));

        [Fact]
        public Task Assertions_in_a_Conditional_method_whose_symbol_is_not_defined() => Verify.VerifyAsync(@"
using System.Diagnostics;
using Xunit;
public class Tests
{
    [Conditional(""VERIFY"")]
    private static void CheckTotal(int total)
    {
        {|#0:Assert.Equal(3, total)|};
        void Again() => {|#1:Assert.True(total > 0)|};
        Again();
    }

    [Fact]
    public void Totals() => CheckTotal(1 + 2);
}",
            TestLibraries.XunitV2,
            Expected(0, "Assert.Equal", "is in 'CheckTotal', whose [Conditional(\"VERIFY\")] symbol is not defined"),
            Expected(1, "Assert.True", "is in 'CheckTotal', whose [Conditional(\"VERIFY\")] symbol is not defined"));

        [Fact]
        public Task Conditional_methods_whose_symbol_is_defined_are_not_flagged() => Verify.VerifyAsync(@"
#define VERIFY
using System.Diagnostics;
using Xunit;
public class Tests
{
    [Conditional(""VERIFY"")]
    private static void CheckTotal(int total) => Assert.Equal(3, total);

    [Conditional(""NEVER""), Conditional(""VERIFY"")]
    private static void CheckSign(int total) => Assert.True(total > 0);

    [Fact]
    public void Totals() { CheckTotal(1 + 2); CheckSign(3); }
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Awaited_returned_and_observed_assertions_are_not_flagged() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using Xunit;
public class Tests
{
    [Fact]
    public async Task Awaited()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Task.CompletedTask);
        var pending = Assert.ThrowsAnyAsync<Exception>(() => Task.CompletedTask);
        await pending;
        await Task.Run(() => Assert.Equal(3, 1 + 2));
        Task.Run(() => Assert.True(true)).Wait();
        _ = Task.Delay(1);
    }

    [Fact]
    public Task Returned() => Assert.ThrowsAsync<InvalidOperationException>(() => Task.CompletedTask);

    [Fact]
    public void SyncLambdas()
    {
        Assert.All(new[] { 1, 2 }, total => Assert.True(total > 0));
        Func<Task> later = async () => { await Task.Yield(); Assert.True(true); };
        later().Wait();
    }
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task NUnit_ThrowsAsync_is_synchronous_and_not_flagged() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Rejects()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => Task.CompletedTask);
    }
}",
            TestLibraries.NUnit4);

        [Fact]
        public Task Async_void_event_handlers_without_assertions_are_not_flagged() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
public class Window
{
    public int Clicks;
    public async void OnClick(object? sender, EventArgs e) { await Task.Yield(); Clicks++; }
}");

        [Fact]
        public Task Broken_code_does_not_crash() => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using Xunit;
public class Tests
{
    [Fact]
    public async void Broken()
    {
        {|#0:Assert.ThrowsAsync<{|#1:Missing|}>(() => Task.CompletedTask)|};
        {|#2:Nope|}.Run();
    }
}",
            TestLibraries.XunitV2,
            Expected(0, "Assert.ThrowsAsync", Unawaited),
            DiagnosticResult.CompilerError("CS0246").WithLocation(1).WithArguments("Missing"),
            DiagnosticResult.CompilerError("CS0103").WithLocation(2).WithArguments("Nope"));
    }
}
