using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Tampering.OutcomeFabricatedByExtensionAnalyzer>;

namespace RewardHackAnalyzers.Tests.Tampering
{
    public class OutcomeFabricatedByExtensionAnalyzerTests
    {
        private static DiagnosticResult Rh0304(string member, string evidence, int location = 0) =>
            Verify.Diagnostic(Rules.RH0304_OutcomeFabricatedByExtension).WithLocation(location).WithArguments(member, evidence);

        private const string MSTestUsings = @"
using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
";

        [Fact]
        public async Task Reports_an_mstest_attribute_that_returns_passed_without_running()
        {
            var source = MSTestUsings + @"
public sealed class AlwaysGreenAttribute : TestMethodAttribute
{
    public override TestResult[] {|#0:Execute|}(ITestMethod testMethod) =>
        new[] { new TestResult { Outcome = UnitTestOutcome.Passed } };
}";

            await Verify.VerifyAsync(source, TestLibraries.MSTest, Rh0304("AlwaysGreenAttribute.Execute", "sets the outcome to Passed"));
        }

        [Fact]
        public async Task Reports_an_mstest_attribute_that_overwrites_a_failed_outcome()
        {
            var source = MSTestUsings + @"
public sealed class ForgivingTestMethodAttribute : TestMethodAttribute
{
    public override TestResult[] {|#0:Execute|}(ITestMethod testMethod)
    {
        var result = testMethod.Invoke(null);
        if (result.Outcome == UnitTestOutcome.Failed)
        {
            result.Outcome = UnitTestOutcome.Passed;
        }

        return new[] { result };
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.MSTest, Rh0304("ForgivingTestMethodAttribute.Execute", "sets the outcome to Passed"));
        }

        [Fact]
        public async Task Reports_an_mstest_attribute_that_never_invokes_the_test()
        {
            var source = MSTestUsings + @"
public sealed class NoOpTestMethodAttribute : TestMethodAttribute
{
    public override TestResult[] {|#0:Execute|}(ITestMethod testMethod) => Array.Empty<TestResult>();
}";

            await Verify.VerifyAsync(source, TestLibraries.MSTest, Rh0304("NoOpTestMethodAttribute.Execute", "never runs the test"));
        }

        [Fact]
        public async Task Does_not_report_an_mstest_retry_attribute()
        {
            var source = MSTestUsings + @"
public sealed class RetryTestMethodAttribute : TestMethodAttribute
{
    public int Attempts { get; set; } = 3;

    public override TestResult[] Execute(ITestMethod testMethod)
    {
        TestResult[] results = Array.Empty<TestResult>();
        for (var i = 0; i < Attempts; i++)
        {
            results = base.Execute(testMethod);
            if (results.All(r => r.Outcome == UnitTestOutcome.Passed))
            {
                break;
            }
        }

        return results;
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.MSTest);
        }

        [Fact]
        public async Task Does_not_report_an_mstest_sta_thread_attribute()
        {
            var source = MSTestUsings + @"
using System.Threading;
public sealed class StaTestMethodAttribute : TestMethodAttribute
{
    public override TestResult[] Execute(ITestMethod testMethod)
    {
        TestResult result = null;
        var thread = new Thread(() => result = testMethod.Invoke(null));
        thread.Start();
        thread.Join();
        return new[] { result };
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.MSTest);
        }

        private const string NUnitUsings = @"
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;
";

        [Fact]
        public async Task Reports_an_nunit_command_that_forces_success_after_running()
        {
            var source = NUnitUsings + @"
public sealed class GreenAttribute : System.Attribute, IWrapTestMethod
{
    public TestCommand Wrap(TestCommand command) => new GreenCommand(command);
}

public sealed class GreenCommand : DelegatingTestCommand
{
    public GreenCommand(TestCommand inner) : base(inner) { }

    public override TestResult {|#0:Execute|}(TestExecutionContext context)
    {
        context.CurrentResult = innerCommand.Execute(context);
        context.CurrentResult.SetResult(ResultState.Success);
        return context.CurrentResult;
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0304("GreenCommand.Execute", "forces the result to Success"));
        }

        [Fact]
        public async Task Reports_an_nunit_3_command_that_never_runs_its_inner_command()
        {
            var source = NUnitUsings + @"
public sealed class SkipItAttribute : System.Attribute, IWrapSetUpTearDown
{
    public TestCommand Wrap(TestCommand command) => new SkipItCommand(command);
}

public sealed class SkipItCommand : DelegatingTestCommand
{
    public SkipItCommand(TestCommand inner) : base(inner) { }

    public override TestResult {|#0:Execute|}(TestExecutionContext context) => context.CurrentResult;
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit3, Rh0304("SkipItCommand.Execute", "never runs the inner command"));
        }

        [Fact]
        public async Task Does_not_report_an_nunit_retry_command()
        {
            var source = NUnitUsings + @"
public sealed class RetryCommand : DelegatingTestCommand
{
    private readonly int attempts;

    public RetryCommand(TestCommand inner, int attempts) : base(inner) => this.attempts = attempts;

    public override TestResult Execute(TestExecutionContext context)
    {
        for (var i = 0; i < attempts; i++)
        {
            context.CurrentResult = innerCommand.Execute(context);
            if (context.CurrentResult.ResultState == ResultState.Success)
            {
                break;
            }

            context.CurrentResult = context.CurrentTest.MakeTestResult();
        }

        return context.CurrentResult;
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4);
        }

        [Fact]
        public async Task Reports_an_nunit_test_attribute_that_ignores_every_test()
        {
            var source = NUnitUsings + @"
public sealed class {|#0:QuietTestAttribute|} : TestAttribute, IApplyToTest
{
    public new void ApplyToTest(Test test)
    {
        test.RunState = RunState.Ignored;
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0304("QuietTestAttribute", "ignores every test it marks"));
        }

        private const string XunitV2Usings = @"
using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;
";

        [Fact]
        public async Task Reports_an_xunit_test_case_that_reports_a_pass_without_running()
        {
            var source = XunitV2Usings + @"
public sealed class PassingTestCase : XunitTestCase
{
    [Obsolete(""For deserialization"")]
    public PassingTestCase() { }

    public override Task<RunSummary> {|#0:RunAsync|}(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        Task.FromResult(new RunSummary { Total = 1 });
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0304("PassingTestCase.RunAsync", "never runs the test"));
        }

        [Fact]
        public async Task Reports_an_xunit_invoker_that_never_invokes_the_test_method()
        {
            var source = XunitV2Usings + @"
using System.Collections.Generic;
using System.Reflection;
public sealed class NoOpInvoker : XunitTestInvoker
{
    public NoOpInvoker(ITest test, IMessageBus messageBus, Type testClass, object[] constructorArguments, MethodInfo testMethod, object[] testMethodArguments, IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
        : base(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, beforeAfterAttributes, aggregator, cancellationTokenSource) { }

    protected override Task<decimal> {|#0:InvokeTestMethodAsync|}(object testClassInstance) => Task.FromResult(0m);
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0304("NoOpInvoker.InvokeTestMethodAsync", "never runs the test"));
        }

        [Fact]
        public async Task Does_not_report_an_xunit_retry_test_case()
        {
            var source = XunitV2Usings + @"
public sealed class RetryTestCase : XunitTestCase
{
    [Obsolete(""For deserialization"")]
    public RetryTestCase() { }

    public override async Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        RunSummary summary = null;
        for (var i = 0; i < 3; i++)
        {
            summary = await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource);
            if (summary.Failed == 0)
            {
                break;
            }
        }

        return summary;
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Reports_a_fact_attribute_that_always_skips()
        {
            var source = @"
using Xunit;
public sealed class {|#0:StableFactAttribute|} : FactAttribute
{
    public StableFactAttribute()
    {
        Skip = ""flaky on CI"";
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0304("StableFactAttribute", "skips every test it marks"));
        }

        [Fact]
        public async Task Reports_an_xunit_v3_fact_attribute_that_always_skips()
        {
            var source = @"
using Xunit;
public sealed class {|#0:QuickFactAttribute|} : FactAttribute
{
    public QuickFactAttribute() => Skip = ""slow"";
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV3, Rh0304("QuickFactAttribute", "skips every test it marks"));
        }

        [Fact]
        public async Task Does_not_report_a_fact_attribute_that_skips_conditionally()
        {
            var source = @"
using System;
using Xunit;
public sealed class WindowsFactAttribute : FactAttribute
{
    public WindowsFactAttribute()
    {
        if (!OperatingSystem.IsWindows())
        {
            Skip = ""Windows only"";
        }
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Does_not_report_a_skip_compiled_only_without_an_opt_in_symbol()
        {
            // A category of slow tests: defining SLOW_SUITE in the build runs them, so the skip is not permanent.
            var source = @"
using Xunit;
public sealed class SlowFactAttribute : FactAttribute
{
    public SlowFactAttribute()
    {
#if !SLOW_SUITE
        Skip = ""slow; build with SLOW_SUITE to run"";
#endif
    }
}
public sealed class NightlyFactAttribute : FactAttribute
{
    public NightlyFactAttribute()
    {
#if NIGHTLY
        DisplayName = ""nightly"";
#else
        Skip = ""nightly only"";
#endif
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Reports_a_skip_under_a_constant_condition_or_after_a_closed_branch()
        {
            var source = @"
using Xunit;
public sealed class {|#0:AlwaysTrueFactAttribute|} : FactAttribute
{
    public AlwaysTrueFactAttribute()
    {
#if true
        Skip = ""off"";
#endif
    }
}
public sealed class {|#1:AfterBranchFactAttribute|} : FactAttribute
{
    public AfterBranchFactAttribute()
    {
#if !SLOW_SUITE
        DisplayName = ""quick"";
#endif
        Skip = ""off"";
    }
}";

            await Verify.VerifyAsync(
                source,
                TestLibraries.XunitV2,
                Rh0304("AlwaysTrueFactAttribute", "skips every test it marks"),
                Rh0304("AfterBranchFactAttribute", "skips every test it marks", location: 1));
        }

        [Fact]
        public async Task Does_not_report_an_xunit_v3_skip_with_a_condition()
        {
            var source = @"
using System;
using Xunit;
public static class Platform { public static bool IsWindows => OperatingSystem.IsWindows(); }
public sealed class WindowsFactAttribute : FactAttribute
{
    public WindowsFactAttribute()
    {
        Skip = ""Windows only"";
        SkipUnless = nameof(Platform.IsWindows);
        SkipType = typeof(Platform);
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV3);
        }

        private const string ModuleInitializerClass = @"
using System;
using System.Runtime.CompilerServices;
using Xunit;
public static class TestSetup
{
    [ModuleInitializer]
    public static void {|#0:Init|}()
    {
        BODY
    }
}
public class PriceTests { [Fact] public void Total() => Assert.Equal(2, 1 + 1); }
public static class VerifierSettings { public static void AutoVerify() { } }";

        [Theory]
        [InlineData("Environment.Exit(0);", "exits the test host from a module initializer")]
        [InlineData("Environment.SetEnvironmentVariable(\"TESTINGPLATFORM_EXITCODE_IGNORE\", \"1\");", "sets TESTINGPLATFORM_EXITCODE_IGNORE from a module initializer")]
        [InlineData("VerifierSettings.AutoVerify();", "turns on snapshot auto-accept (AutoVerify) from a module initializer")]
        public async Task Reports_a_module_initializer_in_a_test_project_that_fakes_the_run(string body, string evidence)
        {
            await Verify.VerifyAsync(ModuleInitializerClass.Replace("BODY", body), TestLibraries.XunitV2, Rh0304("TestSetup.Init", evidence));
        }

        [Fact]
        public async Task Reports_an_expression_bodied_module_initializer_in_an_nunit_project()
        {
            var source = @"
using System;
using System.Runtime.CompilerServices;
static class Setup
{
    [ModuleInitializer]
    internal static void {|#0:Init|}() => Environment.Exit(0);
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0304("Setup.Init", "exits the test host from a module initializer"));
        }

        [Theory]
        [InlineData("System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;")]
        [InlineData("Environment.SetEnvironmentVariable(\"DOTNET_ENVIRONMENT\", \"Test\");")]
        public async Task Does_not_report_a_module_initializer_that_configures_the_run(string body)
        {
            await Verify.VerifyAsync(ModuleInitializerClass.Replace("{|#0:Init|}", "Init").Replace("BODY", body), TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Does_not_report_a_module_initializer_outside_a_test_project()
        {
            var source = @"
using System;
using System.Runtime.CompilerServices;
static class Startup
{
    [ModuleInitializer]
    public static void Init() { if (Environment.GetEnvironmentVariable(""KILL"") == ""1"") Environment.Exit(1); }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Survives_broken_code()
        {
            var source = @"
using Microsoft.VisualStudio.TestTools.UnitTesting;
public sealed class BrokenAttribute : TestMethodAttribute
{
    public override TestResult[] {|#0:Execute|}(ITestMethod testMethod) => {|CS0103:Missing|}();
}
public sealed class HalfAttribute : {|CS0246:Unknown|} { public override void Execute() { } }";

            await Verify.VerifyAsync(source, TestLibraries.MSTest, Rh0304("BrokenAttribute.Execute", "never runs the test"));
        }
    }
}
