using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.TestWithoutAssertionAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>
    /// RH0402 look-alikes found on real code (docs/quality.md): tests that can fail without an assertion call in their
    /// own body, each beside a test of the same shape that really checks nothing.
    /// </summary>
    public class TestWithoutAssertionIndirectFailureTests
    {
        private const string Nothing = "contains no assertion, mock verification or expected exception";

        private static DiagnosticResult Expected(int location, string test) =>
            Verify.Diagnostic(Rules.RH0402_TestWithoutAssertion).WithLocation(location).WithArguments(test, Nothing);

        [Fact]
        public Task An_assertion_bound_late_by_a_dynamic_argument_counts() => Verify.VerifyAsync(@"
using Xunit;
public class RowTests
{
    [Fact]
    public void ReadsName()
    {
        dynamic row = new System.Dynamic.ExpandoObject();
        row.Name = ""ada"";
        Assert.Equal(""ada"", row.Name);
    }

    [Fact]
    public void {|#0:PrintsName|}()
    {
        dynamic row = new System.Dynamic.ExpandoObject();
        row.Name = ""ada"";
        System.Console.WriteLine(row.Name);
    }
}", TestLibraries.XunitV2, Expected(0, "PrintsName"));

        [Fact]
        public Task A_helper_bound_late_by_a_dynamic_argument_counts_when_an_overload_asserts() => Verify.VerifyAsync(@"
using Xunit;
public static class TextAssert
{
    public static void SameLines(string expected, string actual) => Assert.Equal(expected.Trim(), actual.Trim());
    public static void SameLines(string expected, object actual) => SameLines(expected, actual.ToString() ?? """");
}
public static class TextLog
{
    public static void Lines(string expected, string actual) => System.Console.WriteLine(expected + actual);
}
public class DocumentTests
{
    [Fact]
    public void PrintsTheDocument()
    {
        dynamic document = new System.Dynamic.ExpandoObject();
        TextAssert.SameLines(""{}"", document.ToString());
    }

    [Fact]
    public void {|#0:LogsTheDocument|}()
    {
        dynamic document = new System.Dynamic.ExpandoObject();
        TextLog.Lines(""{}"", document.ToString());
    }
}", TestLibraries.XunitV2, Expected(0, "LogsTheDocument"));

        [Fact]
        public Task A_test_that_throws_when_its_own_check_fails_counts() => Verify.VerifyAsync(@"
using System;
using Xunit;
public class VersionTests
{
    [Fact]
    public void PinsTheMajorVersion()
    {
        var version = typeof(object).Assembly.GetName().Version;
        if (version is null || version.Major < 4)
        {
            throw new InvalidOperationException($""unexpected runtime version {version}"");
        }
    }

    [Fact]
    public void {|#0:ReadsTheVersion|}()
    {
        var version = typeof(object).Assembly.GetName().Version;
        Console.WriteLine(version);
    }
}", TestLibraries.XunitV2, Expected(0, "ReadsTheVersion"));

        [Fact]
        public Task A_helper_that_reaches_code_that_does_not_bind_is_not_judged() => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using Xunit;
public static class GeneratorHarness
{
    public static Task CheckAsync(string source)
    {
        var run = new {|CS0246:UnrestoredVerifier|}(source);
        return run.RunAsync();
    }

    public static Task LogAsync(string source)
    {
        System.Console.WriteLine(source);
        return Task.CompletedTask;
    }
}
public class GeneratorTests
{
    [Fact]
    public async Task EmptySourceProducesNothing() => await GeneratorHarness.CheckAsync("""");

    [Fact]
    public async Task {|#0:EmptySourceIsLogged|}() => await GeneratorHarness.LogAsync("""");
}", TestLibraries.XunitV2, Expected(0, "EmptySourceIsLogged"));

        [Fact]
        public Task Self_checking_doubles_handed_to_the_code_under_test_count() => Verify.VerifyAsync(@"
using System;
using System.Collections;
using System.Collections.Generic;
using Xunit;
public static class Pipeline
{
    public static IEnumerable<T> Defer<T>(IEnumerable<T> source) { foreach (var item in source) yield return item; }
    public static IEnumerable<T> Repeat<T>(Func<T> next, int count) { for (var i = 0; i < count; i++) yield return next(); }
}
class TrippingSequence<T> : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator() => throw new InvalidOperationException(""enumerated too early"");
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
sealed class TrippingList<T> : TrippingSequence<T>, IReadOnlyCollection<T>
{
    public int Count => 3;
}
sealed class QuietSequence<T> : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator() { yield break; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
sealed class OnceOnly : IDisposable
{
    private int disposals;
    public static OnceOnly Start() => new OnceOnly();
    public void Dispose() { disposals++; Assert.Equal(1, disposals); }
}
sealed class Thrower
{
    public void Fire() => throw new InvalidOperationException(""fired"");
}
static class Callbacks
{
    public static Func<T> Tripping<T>() => () => throw new InvalidOperationException(""called"");
    public static Func<int> Zero() => () => 0;
}
public class PipelineTests
{
    [Fact]
    public void DefersEnumeration() => _ = Pipeline.Defer(new TrippingSequence<int>());

    [Fact]
    public void DefersACollection() => _ = Pipeline.Defer(new TrippingList<int>());

    [Fact]
    public void DisposesOnce()
    {
        using var scope = OnceOnly.Start();
    }

    [Fact]
    public void DoesNotCallTheCallbackEagerly() => _ = Pipeline.Repeat(Callbacks.Tripping<int>(), 3);

    [Fact]
    public void {|#0:DefersAQuietSequence|}() => _ = Pipeline.Defer(new QuietSequence<int>());

    [Fact]
    public void {|#1:RepeatsZero|}() => _ = Pipeline.Repeat(Callbacks.Zero(), 3);

    [Fact]
    public void {|#2:CreatesAThrower|}() => _ = new Thrower();
}", TestLibraries.XunitV2, Expected(0, "DefersAQuietSequence"), Expected(1, "RepeatsZero"), Expected(2, "CreatesAThrower"));

        [Fact]
        public Task A_throw_that_the_test_catches_itself_cannot_fail_it() => Verify.VerifyAsync(@"
using System;
using Xunit;
public class Reader
{
    public int Read() => 1;
}
public class ReaderTests
{
    [Fact]
    public void {|#0:ReadingTwiceIsRejected|}()
    {
        var reader = new Reader();
        try
        {
            reader.Read();
            throw new InvalidOperationException(); // should have thrown
        }
        catch (InvalidOperationException)
        {
        }
    }

    [Fact]
    public void {|#1:CaughtAsABase|}()
    {
        try { new Reader().Read(); throw new InvalidOperationException(""not rejected""); }
        catch (SystemException) { }
    }

    [Fact]
    public void {|#2:CaughtByACatchAll|}()
    {
        try
        {
            try { new Reader().Read(); }
            catch (ArgumentException) { throw; }
        }
        catch { }
    }

    [Fact]
    public void ThrowOfAnotherTypeEscapes()
    {
        try { new Reader().Read(); throw new ArgumentException(""should have thrown""); }
        catch (InvalidOperationException) { }
    }

    [Fact]
    public void ThrowPastAFilteredCatchEscapes()
    {
        try { new Reader().Read(); throw new InvalidOperationException(""missed""); }
        catch (InvalidOperationException e) when (e.Message == ""closed"") { }
    }

    [Fact]
    public void ThrowAfterTheTryEscapes()
    {
        var threw = false;
        try { new Reader().Read(); }
        catch (InvalidOperationException) { threw = true; }
        if (!threw) throw new InvalidOperationException(""should have thrown"");
    }

    [Fact]
    public void ThrowInTheCatchEscapes()
    {
        try { new Reader().Read(); }
        catch (InvalidOperationException e) { throw new ArgumentException(""unexpected"", e); }
    }

    [Fact]
    public void ThrowInALambdaRunsOutsideTheTry()
    {
        Func<int> read;
        try { read = () => throw new InvalidOperationException(""not read""); }
        catch (InvalidOperationException) { return; }
        read();
    }
}", TestLibraries.XunitV2, Expected(0, "ReadingTwiceIsRejected"), Expected(1, "CaughtAsABase"), Expected(2, "CaughtByACatchAll"));

        [Fact]
        public Task A_test_that_runs_delegates_from_its_data_source_is_not_judged() => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
public static class Parser
{
    public static int Parse(string text) => text.Length;
}
public class NullArgumentTests
{
    public static IEnumerable<TestCaseData> Checks()
    {
        yield return new TestCaseData(new Action(() => Assert.Throws<ArgumentNullException>(() => Parser.Parse(null!))));
    }

    public static IEnumerable<TestCaseData> AsyncChecks()
    {
        yield return new TestCaseData(new Func<Task>(() => Task.FromResult(Parser.Parse(""a""))));
    }

    public static IEnumerable<string> Names() => new[] { ""a"", ""b"" };

    [TestCaseSource(nameof(Checks))]
    public void RejectsNull(Action check) => check();

    [TestCaseSource(nameof(AsyncChecks))]
    public async Task RunsAsync(Func<Task> check) => await check.Invoke();

    [TestCaseSource(nameof(Names))]
    public void {|#0:ParsesName|}(string name) => _ = Parser.Parse(name);

    [TestCaseSource(nameof(Checks))]
    public void {|#1:OnlyKeepsTheCheck|}(Action check)
    {
        var kept = check;
        Console.WriteLine(kept.Method.Name);
    }

    [Test]
    public void {|#2:RunsItsOwnCallbacks|}()
    {
        Action[] steps = { () => Parser.Parse(""a"") };
        foreach (var step in steps)
        {
            step();
        }
    }
}", TestLibraries.NUnit4, Expected(0, "ParsesName"), Expected(1, "OnlyKeepsTheCheck"), Expected(2, "RunsItsOwnCallbacks"));

        [Fact]
        public Task An_xunit_theory_that_runs_delegates_from_MemberData_is_not_judged() => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using Xunit;
public class GuardTests
{
    public static IEnumerable<object[]> Guards() => new[] { new object[] { new Action(() => Assert.Throws<ArgumentNullException>(() => new Uri(null!))) } };

    [Theory]
    [MemberData(nameof(Guards))]
    public void Guarded(Action guard) => guard.Invoke();

    [Theory]
    [MemberData(nameof(Guards))]
    public void {|#0:NotRun|}(Action guard) => _ = guard.Target;
}", TestLibraries.XunitV2, Expected(0, "NotRun"));
    }
}
