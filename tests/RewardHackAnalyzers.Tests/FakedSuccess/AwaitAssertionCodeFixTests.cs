using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.FakedSuccess.AssertionCannotReportAnalyzerTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RewardHackAnalyzers.FakedSuccess.AssertionCannotReportAnalyzer,
    RewardHackAnalyzers.CodeFixes.FakedSuccess.AwaitAssertionCodeFix>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    /// <summary>RH0106's fix: await the discarded assertion or task, making a void method async Task when it must.</summary>
    public class AwaitAssertionCodeFixTests
    {
        [Fact]
        public Task Void_test_becomes_async_Task_and_awaits_every_assertion() => Verify.VerifyFixAsync(@"
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
            TestLibraries.XunitV2,
            new[] { Expected(0, "Assert.ThrowsAsync", Unawaited), Expected(1, "Assert.ThrowsAnyAsync", Unawaited) },
            @"
using System;
using System.Threading.Tasks;
using Xunit;
public class Tests
{
    [Fact]
    public async Task Rejects()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Task.CompletedTask);
        await Assert.ThrowsAnyAsync<Exception>(() => Task.CompletedTask);
    }
}");

        [Fact]
        public Task Async_method_gains_the_await_only() => Verify.VerifyFixAsync(@"
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public async Task Totals()
    {
        await Task.Yield();
        _ = {|#1:Task.Run(() => {|#0:Assert.AreEqual(3, 1 + 2)|})|};
    }
}",
            TestLibraries.MSTest,
            new[] { Expected(0, "Assert.AreEqual", "runs in a Task.Run that is never awaited").WithLocation(1) },
            @"
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Tests
{
    [TestMethod]
    public async Task Totals()
    {
        await Task.Yield();
        await Task.Run(() => Assert.AreEqual(3, 1 + 2));
    }
}");

        [Fact]
        public Task Expression_bodied_test_and_missing_using() => Verify.VerifyFixAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Rejects() => {|#0:Assert.ThatAsync(() => System.Threading.Tasks.Task.CompletedTask, Throws.Nothing)|};
}",
            TestLibraries.NUnit4,
            new[] { Expected(0, "Assert.ThatAsync", Unawaited) },
            @"
using System.Threading.Tasks;
using NUnit.Framework;
public class Tests
{
    [Test]
    public async Task Rejects() => await Assert.ThatAsync(() => System.Threading.Tasks.Task.CompletedTask, Throws.Nothing);
}");

        [Fact]
        public Task Not_offered_where_the_signature_is_not_ours_to_change() => Verify.VerifyFixAsync(NotOffered, TestLibraries.XunitV2,
            new[]
            {
                Expected(0, "Assert.ThrowsAsync", Unawaited),
                Expected(1, "Assert.ThrowsAsync", Unawaited),
                Expected(2, "Assert.ThrowsAsync", Unawaited),
                Expected(3, "Assert.Equal", "runs in async void 'Check'"),
            },
            NotOffered);

        private const string NotOffered = @"
using System;
using System.Threading.Tasks;
using Xunit;
public interface ICheck { void Run(); }
public abstract class Base { public abstract void Check(); }
public class Tests : Base, ICheck
{
    public void Run() { {|#0:Assert.ThrowsAsync<InvalidOperationException>(() => Task.CompletedTask)|}; }

    public override void Check() { {|#1:Assert.ThrowsAsync<InvalidOperationException>(() => Task.CompletedTask)|}; }

    [Fact]
    public void Lambda()
    {
        Action check = () => { {|#2:Assert.ThrowsAsync<InvalidOperationException>(() => Task.CompletedTask)|}; };
        check();
    }

    private async void Check(int total)
    {
        await Task.Yield();
        {|#3:Assert.Equal(3, total)|};
    }
}";
    }
}
