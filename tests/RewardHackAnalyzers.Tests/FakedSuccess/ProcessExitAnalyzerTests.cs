using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.FakedSuccess;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.FakedSuccess.ProcessExitAnalyzer>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    public class ProcessExitAnalyzerTests
    {
        private const string InTestCode = "in test code";

        private static DiagnosticResult Rh0101(string call, string evidence) =>
            Verify.Diagnostic(Rules.RH0101_ProcessExit).WithLocation(0).WithArguments(call, evidence);

        /// <summary>Verifies <paramref name="source"/> compiled as a console application.</summary>
        private static Task VerifyExecutableAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<ProcessExitAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestLibraries.Net80,
            };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Reports_environment_exit_in_an_xunit_test()
        {
            var source = @"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        {|#0:Environment.Exit(0)|};
        Assert.Equal(4, 2 + 2);
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0101("Environment.Exit(0)", InTestCode));
        }

        [Fact]
        public async Task Reports_killing_the_current_process_in_an_nunit_test()
        {
            var source = @"
using System.Diagnostics;
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        {|#0:Process.GetCurrentProcess().Kill()|};
        Assert.That(2 + 2, Is.EqualTo(4));
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0101("Process.GetCurrentProcess().Kill()", InTestCode));
        }

        [Fact]
        public async Task Reports_killing_a_local_holding_the_current_process_in_an_mstest_helper()
        {
            var source = @"
using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    public void Adds() => Assert.AreEqual(4, 2 + 2);

    private static void Leave()
    {
        var self = Process.GetCurrentProcess();
        {|#0:self.Kill(true)|};
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.MSTest, Rh0101("self.Kill(true)", InTestCode));
        }

        [Fact]
        public async Task Reports_killing_the_process_found_by_its_own_id_in_library_code()
        {
            var source = @"
using System;
using System.Diagnostics;
public static class Shutdown
{
    public static void Now() => {|#0:Process.GetProcessById(Environment.ProcessId).Kill()|};
    public static void Soon() => {|#1:Process.GetProcessById(Process.GetCurrentProcess().Id).Kill()|};
}";

            await Verify.VerifyAsync(
                source,
                Rh0101("Process.GetProcessById(Environment.ProcessId).Kill()", "in library code"),
                Verify.Diagnostic(Rules.RH0101_ProcessExit).WithLocation(1).WithArguments("Process.Kill", "in library code"));
        }

        [Fact]
        public async Task Reports_an_exit_in_library_code_the_tests_call()
        {
            var source = @"
using System;
public static class PriceCalculator
{
    public static decimal Total(decimal[] prices)
    {
        if (prices.Length == 0)
        {
            {|#0:Environment.Exit(0)|};
        }

        return 0m;
    }
}";

            await Verify.VerifyAsync(source, Rh0101("Environment.Exit(0)", "in library code"));
        }

        [Fact]
        public async Task Reports_an_unhandled_exception_handler_that_exits_in_test_code()
        {
            var source = @"
using System;
using Xunit;
public class Fixture
{
    public Fixture()
    {
        AppDomain.CurrentDomain.UnhandledException += (_, _) => {|#0:Environment.Exit(1)|};
    }

    [Fact]
    public void Works() => Assert.True(1 < 2);
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0101("Environment.Exit(1)", "from an unhandled-exception handler in test code"));
        }

        [Fact]
        public async Task Reports_a_winforms_application_exit_in_library_code()
        {
            var source = @"
namespace System.Windows.Forms { public static class Application { public static void Exit() { } } }
public static class Closer
{
    public static void Close() => {|#0:System.Windows.Forms.Application.Exit()|};
}";

            await Verify.VerifyAsync(source, Rh0101("System.Windows.Forms.Application.Exit()", "in library code"));
        }

        [Fact]
        public async Task Reports_an_executable_that_exits_with_success_from_a_catch_clause()
        {
            var source = @"
using System;
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception)
        {
            {|#0:Environment.Exit(0)|};
            return 0;
        }
    }

    private static int Run(string[] args) => args.Length;
}";

            await VerifyExecutableAsync(source, Rh0101("Environment.Exit(0)", "with exit code 0 from a catch clause"));
        }

        [Fact]
        public async Task Reports_an_executable_whose_unobserved_task_handler_exits_with_success()
        {
            var source = @"
using System;
using System.Threading.Tasks;
public static class Program
{
    public static void Main()
    {
        TaskScheduler.UnobservedTaskException += OnUnobserved;
    }

    private static void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => {|#0:Environment.Exit(0)|};
}";

            await VerifyExecutableAsync(source, Rh0101("Environment.Exit(0)", "with exit code 0 from an unhandled-exception handler"));
        }

        [Fact]
        public async Task Executable_that_exits_with_failure_on_bad_arguments_is_not_reported()
        {
            var source = @"
using System;
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(""usage: tool <file>"");
            Environment.Exit(1);
        }

        try
        {
            Console.WriteLine(args[0]);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(e.Message);
            Environment.Exit(2);
        }

        Environment.Exit(0);
    }
}";

            await VerifyExecutableAsync(source);
        }

        [Fact]
        public async Task Executable_whose_crash_handler_exits_with_failure_is_not_reported()
        {
            var source = @"
using System;
public static class Program
{
    public static void Main()
    {
        AppDomain.CurrentDomain.UnhandledException += (_, e) => Environment.Exit(70);
    }
}";

            await VerifyExecutableAsync(source);
        }

        [Fact]
        public async Task Test_that_checks_a_child_process_exit_code_is_not_reported()
        {
            var source = @"
using System.Diagnostics;
using Xunit;
public class CliTests
{
    [Fact]
    public void Tool_fails_on_bad_arguments()
    {
        using var child = Process.Start(""dotnet"", ""tool.dll --bad"");
        if (!child.WaitForExit(10_000))
        {
            child.Kill(true);
        }

        Assert.Equal(1, child.ExitCode);
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Killing_another_process_by_id_is_not_reported()
        {
            var source = @"
using System.Diagnostics;
using NUnit.Framework;
public class ServerTests
{
    private int serverId;

    [TearDown]
    public void StopServer() => Process.GetProcessById(serverId).Kill();

    [Test]
    public void Starts() => Assert.That(serverId, Is.GreaterThanOrEqualTo(0));
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4);
        }

        [Fact]
        public async Task A_user_type_named_environment_is_not_the_framework()
        {
            var source = @"
namespace Shop
{
    public static class Environment { public static void Exit(int code) { } }
    public static class Checkout { public static void Done() => Environment.Exit(0); }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Reports_a_first_chance_exception_handler_method_that_exits_in_an_nunit_fixture()
        {
            var source = @"
using System;
using System.Runtime.ExceptionServices;
using NUnit.Framework;
public class CalculatorTests
{
    [OneTimeSetUp]
    public void Install() => AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;

    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        {|#0:Environment.Exit(0)|};
    }

    [Test]
    public void Adds() => Assert.That(2 + 2, Is.EqualTo(4));
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0101("Environment.Exit(0)", "from an unhandled-exception handler in test code"));
        }

        [Fact]
        public async Task Broken_code_is_not_reported()
        {
            var source = @"
using System;
public static class Broken
{
    public static void Leave() => Environment.{|CS7036:Exit|}();
}";

            await Verify.VerifyAsync(source);
        }
    }
}
