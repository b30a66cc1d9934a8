using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Tampering.AssertionFailureInterceptedAnalyzer>;

namespace RewardHackAnalyzers.Tests.Tampering
{
    /// <summary>RH0303: catches of assertion exceptions and process-wide handlers, on xUnit, NUnit, MSTest and FluentAssertions.</summary>
    public class AssertionFailureInterceptedAnalyzerTests
    {
        private const string ByCatch = "by a catch that neither rethrows nor asserts on it";

        public static TheoryData<string> Xunit => new() { nameof(TestLibraries.XunitV2), nameof(TestLibraries.XunitV3) };

        private static DiagnosticResult Expected(int location, string exception, string how) =>
            Verify.Diagnostic(Rules.RH0303_AssertionFailureIntercepted).WithLocation(location).WithArguments(exception, how);

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Xunit_exception_and_a_derived_one_caught_and_swallowed(string libraries) => Verify.VerifyAsync(@"
using Xunit;
using Xunit.Sdk;

public class PriceTests
{
    [Fact]
    public void Total()
    {
        try
        {
            Assert.Equal(119, 100);
        }
        {|#0:catch (XunitException)|}
        {
        }

        try
        {
            Assert.Equal(119, 100);
        }
        {|#1:catch (EqualException e)|}
        {
            System.Console.WriteLine(e.Message);
        }
    }
}",
            TestModels.References(libraries),
            Expected(0, "Xunit.Sdk.XunitException", ByCatch),
            Expected(1, "Xunit.Sdk.EqualException", ByCatch));

        [Fact]
        public Task NUnit_AssertionException_caught_in_a_filter_and_returned_from() => Verify.VerifyAsync(@"
using System;
using NUnit.Framework;

public class PriceTests
{
    [Test]
    public void Total()
    {
        try
        {
            Assert.That(100, Is.EqualTo(119));
        }
        {|#0:catch (Exception e) when (e is AssertionException)|}
        {
            return;
        }

        try
        {
            Assert.That(100, Is.EqualTo(119));
        }
        {|#1:catch (AssertionException) when (true)|}
        {
            Assert.Pass();
        }
    }
}",
            TestLibraries.NUnit4,
            Expected(0, "NUnit.Framework.AssertionException", ByCatch),
            Expected(1, "NUnit.Framework.AssertionException", ByCatch));

        [Fact]
        public Task MSTest_AssertFailedException_turned_into_inconclusive() => Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;

[TestClass]
public class PriceTests
{
    [TestMethod]
    public void Total()
    {
        try
        {
            Assert.AreEqual(119, 100);
        }
        {|#0:catch (AssertFailedException ex)|}
        {
            Assert.Inconclusive(ex.Message);
        }
    }
}",
            TestLibraries.MSTest,
            Expected(0, "Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException", ByCatch));

        [Fact]
        public Task FluentAssertions_failure_caught_in_a_helper() => Verify.VerifyAsync(@"
using FluentAssertions;
using FluentAssertions.Execution;

public static class Soft
{
    public static bool Check(int actual, int expected)
    {
        try
        {
            actual.Should().Be(expected);
            return true;
        }
        {|#0:catch (AssertionFailedException)|}
        {
            return true;
        }
    }
}",
            TestLibraries.FluentAssertions,
            Expected(0, "FluentAssertions.Execution.AssertionFailedException", ByCatch));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task First_chance_handler_that_singles_out_assertion_failures(string libraries) => Verify.VerifyAsync(@"
using System;
using Xunit.Sdk;

public static class Harness
{
    public static bool Passed;

    public static void Install()
    {
        {|#0:AppDomain.CurrentDomain.FirstChanceException += (sender, args) =>
        {
            if (args.Exception is XunitException)
            {
                Passed = true;
            }
        }|};
        {|#1:AppDomain.CurrentDomain.UnhandledException += OnUnhandled|};
    }

    private static void OnUnhandled(object sender, UnhandledExceptionEventArgs args)
    {
        var failure = args.ExceptionObject as XunitException;
        Console.WriteLine(failure is null ? ""crash"" : ""pass"");
    }
}",
            TestModels.References(libraries),
            Expected(0, "Xunit.Sdk.XunitException", "by a handler registered on 'AppDomain.FirstChanceException'"),
            Expected(1, "Xunit.Sdk.XunitException", "by a handler registered on 'AppDomain.UnhandledException'"));

        [Fact]
        public Task Unobserved_task_handler_switching_on_NUnit_failures() => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using NUnit.Framework;

[SetUpFixture]
public class Setup
{
    [OneTimeSetUp]
    public void Install()
    {
        {|#0:TaskScheduler.UnobservedTaskException += (sender, args) =>
        {
            switch (args.Exception?.InnerException)
            {
                case AssertionException:
                    args.SetObserved();
                    break;
            }
        }|};
    }
}",
            TestLibraries.NUnit4,
            Expected(0, "NUnit.Framework.AssertionException", "by a handler registered on 'TaskScheduler.UnobservedTaskException'"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Assertion_library_test_that_asserts_on_the_caught_failure_is_silent(string libraries) => Verify.VerifyAsync(@"
using Xunit;
using Xunit.Sdk;

public class EqualMessageTests
{
    [Fact]
    public void Message_names_both_values()
    {
        try
        {
            Assert.Equal(1, 2);
        }
        catch (XunitException ex)
        {
            Assert.Contains(""Expected: 1"", ex.Message);
            return;
        }

        throw new XunitException(""Assert.Equal did not fail"");
    }

    [Fact]
    public void Throws_is_not_a_catch() => Assert.Throws<EqualException>(() => Assert.Equal(1, 2));
}",
            TestModels.References(libraries));

        [Fact]
        public Task Rethrow_wrap_and_collect_are_silent() => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using NUnit.Framework;

public class SoftAssertions
{
    private readonly List<AssertionException> failures = new();

    public void Check(Action assertion)
    {
        try { assertion(); }
        catch (AssertionException e) { failures.Add(e); }
    }

    public void Rethrow(Action assertion)
    {
        try { assertion(); }
        catch (AssertionException) { Console.WriteLine(""failed""); throw; }
    }

    public void Wrap(Action assertion)
    {
        try { assertion(); }
        catch (AssertionException e) { throw new InvalidOperationException(""context"", e); }
    }

    public void Verify()
    {
        if (failures.Count > 0) throw new AssertionException(string.Join(Environment.NewLine, failures));
    }
}",
            TestLibraries.NUnit3);

        [Fact]
        public Task Retry_with_a_filter_and_ordinary_catches_are_silent() => Verify.VerifyAsync(@"
using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

[TestClass]
public class RetryTests
{
    [TestMethod]
    public void Flaky()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Assert.AreEqual(3, Probe());
                return;
            }
            catch (AssertFailedException) when (attempt < 3)
            {
            }
        }
    }

    [TestMethod]
    public void Io()
    {
        try { File.ReadAllText(""missing.txt""); }
        catch (IOException) { }
        catch (Exception) { }
        Assert.AreEqual(3, Probe());
    }

    private static int Probe() => 3;
}",
            TestLibraries.MSTest);

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Logging_handlers_and_other_events_are_silent(string libraries) => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;

public static class Logging
{
    public static void Install()
    {
        AppDomain.CurrentDomain.FirstChanceException += (sender, args) => Console.WriteLine(args.Exception.Message);
        AppDomain.CurrentDomain.UnhandledException += (sender, args) => Console.WriteLine(args.ExceptionObject);
        TaskScheduler.UnobservedTaskException += Log;
        AppDomain.CurrentDomain.FirstChanceException -= (sender, args) => Console.WriteLine(args.Exception is Xunit.Sdk.XunitException);
        AppDomain.CurrentDomain.ProcessExit += (sender, args) => Console.WriteLine(typeof(Xunit.Sdk.XunitException));
    }

    private static void Log(object? sender, UnobservedTaskExceptionEventArgs args) => Console.WriteLine(args.Exception);
}",
            TestModels.References(libraries));

        [Fact]
        public Task Without_a_test_framework_nothing_is_an_assertion_exception() => Verify.VerifyAsync(@"
using System;

namespace Xunit.Sdk { public class XunitException : Exception { } }

public class Runner
{
    public void Run(Action test)
    {
        try { test(); }
        catch (Xunit.Sdk.XunitException) { }
    }
}");

        [Fact]
        public Task Broken_catch_clauses_do_not_crash() => Verify.VerifyAsync(@"
using Xunit.Sdk;

public class PriceTests
{
    public void Total()
    {
        try { }
        catch (Missing) { }
        try { }
        catch (XunitException e) when (undefined) { }
        try { }
        catch (XunitException
        {
        }
    }
}",
            TestLibraries.XunitV2,
            DiagnosticResult.CompilerError("CS0246").WithSpan(9, 16, 9, 23).WithArguments("Missing"),
            DiagnosticResult.CompilerError("CS0103").WithSpan(11, 40, 11, 49).WithArguments("undefined"),
            Verify.Diagnostic(Rules.RH0303_AssertionFailureIntercepted).WithSpan(13, 9, 13, 30).WithArguments("Xunit.Sdk.XunitException", ByCatch),
            DiagnosticResult.CompilerError("CS1026").WithSpan(13, 30, 13, 30));
    }
}
