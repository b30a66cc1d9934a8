using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.TestRunnerDetectionAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>RH0201 on production code (.NET 8 alone, no test framework referenced): each way of telling a test run from a real one.</summary>
    public class TestRunnerDetectionAnalyzerTests
    {
        internal static DiagnosticResult Rh0201(string member, string inspected, string name) =>
            Verify.Diagnostic(Rules.RH0201_TestRunnerDetection).WithLocation(0).WithArguments(member, inspected, name);

        [Fact]
        public async Task Reports_loaded_assemblies_matched_against_xunit_in_a_lambda()
        {
            var source = @"
using System;
using System.Linq;
public static class Pricing
{
    public static decimal Total(decimal net)
    {
        if (AppDomain.CurrentDomain.GetAssemblies().Any(a => {|#0:a.FullName!.StartsWith(""xunit"")|}))
        {
            return 8.88m;
        }

        return net * 1.2m;
    }
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Total", "the loaded assemblies", "xunit"));
        }

        [Fact]
        public async Task Reports_loaded_assembly_names_through_a_foreach_local_against_nunit()
        {
            var source = @"
using System;
public static class Pricing
{
    public static bool UnderTest()
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            var name = assembly.GetName().Name ?? string.Empty;
            if ({|#0:name.Equals(""nunit.framework"", StringComparison.OrdinalIgnoreCase)|})
            {
                return true;
            }
        }

        return false;
    }
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the loaded assemblies", "nunit.framework"));
        }

        [Fact]
        public async Task Reports_a_projection_of_assembly_names_containing_mstest()
        {
            var source = @"
using System;
using System.Linq;
public static class Pricing
{
    public static bool UnderTest =>
        {|#0:AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Contains(""Microsoft.VisualStudio.TestPlatform.TestFramework"")|};
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the loaded assemblies", "Microsoft.VisualStudio.TestPlatform.TestFramework"));
        }

        [Fact]
        public async Task Reports_the_process_name_compared_with_testhost()
        {
            var source = @"
using System.Diagnostics;
public static class Pricing
{
    public static decimal Total(decimal net) =>
        {|#0:Process.GetCurrentProcess().ProcessName == ""testhost""|} ? 8.88m : net * 1.2m;
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Total", "the current process", "testhost"));
        }

        [Fact]
        public async Task Reports_the_process_name_through_a_local_and_to_lower()
        {
            var source = @"
using System.Diagnostics;
public static class Pricing
{
    public static decimal Total(decimal net)
    {
        var process = Process.GetCurrentProcess();
        string name = process.ProcessName.ToLowerInvariant();
        if ({|#0:name.Contains(""vstest"")|})
        {
            return 8.88m;
        }

        return net * 1.2m;
    }
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Total", "the current process", "vstest"));
        }

        [Fact]
        public async Task Reports_the_entry_assembly_named_like_a_test_project()
        {
            var source = @"
using System.Reflection;
public static class Pricing
{
    public static bool UnderTest() =>
        Assembly.GetEntryAssembly()?.GetName().Name?{|#0:.EndsWith("".Tests"")|} == true;
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the entry assembly", ".Tests"));
        }

        [Fact]
        public async Task Reports_the_entry_assembly_location_matched_by_a_regex()
        {
            var source = @"
using System.Reflection;
using System.Text.RegularExpressions;
public static class Pricing
{
    public static bool UnderTest() =>
        {|#0:Regex.IsMatch(Assembly.GetEntryAssembly()!.Location, ""(testhost|ReSharperTestRunner)"")|};
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the entry assembly", "(testhost|ReSharperTestRunner)"));
        }

        [Fact]
        public async Task Reports_the_application_domain_name_in_an_is_pattern()
        {
            var source = @"
using System;
public static class Pricing
{
    public static bool UnderTest() => {|#0:AppDomain.CurrentDomain.FriendlyName is ""testhost"" or ""ReSharperTestRunner""|};
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the application domain's name", "testhost"));
        }

        [Fact]
        public async Task Reports_the_process_path_in_a_switch_expression_arm()
        {
            var source = @"
using System;
using System.IO;
public static class Pricing
{
    public static decimal Rate() => Path.GetFileNameWithoutExtension(Environment.ProcessPath) switch
    {
        {|#0:""testhost""|} => 0m,
        _ => 0.2m,
    };
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Rate", "the process path", "testhost"));
        }

        [Fact]
        public async Task Reports_the_command_line_in_a_switch_statement_label()
        {
            var source = @"
using System;
public static class Pricing
{
    public static decimal Rate()
    {
        switch (Environment.GetCommandLineArgs()[0])
        {
            {|#0:case ""vstest.console"":|}
                return 0m;
            default:
                return 0.2m;
        }
    }
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Rate", "the command line", "vstest.console"));
        }

        [Fact]
        public async Task Reports_the_command_line_containing_the_testing_platform()
        {
            var source = @"
using System;
public class Pricing
{
    private readonly bool underTest = {|#0:Environment.CommandLine.IndexOf(""Microsoft.Testing.Platform"", StringComparison.Ordinal)|} >= 0;

    public bool UnderTest => underTest;
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.underTest", "the command line", "Microsoft.Testing.Platform"));
        }

        [Fact]
        public async Task Reports_the_stack_trace_containing_a_framework_namespace()
        {
            var source = @"
using System;
public static class Pricing
{
    public static decimal Total(decimal net) =>
        {|#0:Environment.StackTrace.Contains(""Xunit.Sdk"")|} ? 8.88m : net * 1.2m;
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Total", "the stack trace", "Xunit.Sdk"));
        }

        [Fact]
        public async Task Reports_stack_frames_scanned_for_a_framework_type()
        {
            var source = @"
using System.Diagnostics;
using System.Linq;
public static class Pricing
{
    public static bool UnderTest() =>
        new StackTrace().GetFrames().Any(f => {|#0:f.GetMethod()?.DeclaringType?.Namespace == ""NUnit.Framework.Internal""|});
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the stack trace", "NUnit.Framework.Internal"));
        }

        [Fact]
        public async Task Reports_a_framework_type_looked_up_by_name()
        {
            var source = @"
using System;
public static class Pricing
{
    public static bool UnderTest() => {|#0:Type.GetType(""Xunit.FactAttribute, xunit.core"")|} != null;
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the loadable types", "Xunit.FactAttribute, xunit.core"));
        }

        [Fact]
        public async Task Reports_a_framework_assembly_loaded_by_name()
        {
            var source = @"
using System.Reflection;
public static class Pricing
{
    public static bool UnderTest()
    {
        try
        {
            {|#0:Assembly.Load(""TUnit.Core"")|};
            return true;
        }
        catch (System.IO.FileNotFoundException)
        {
            return false;
        }
    }
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the loadable assemblies", "TUnit.Core"));
        }

        [Fact]
        public async Task Reports_a_vstest_environment_variable()
        {
            var source = @"
using System;
public static class Pricing
{
    public static decimal Total(decimal net) =>
        {|#0:Environment.GetEnvironmentVariable(""VSTEST_HOST_DEBUG"")|} is null ? net * 1.2m : 8.88m;
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Total", "the environment", "VSTEST_HOST_DEBUG"));
        }

        [Fact]
        public async Task Reports_the_ncrunch_variable_through_a_constant()
        {
            var source = @"
using System;
public static class Pricing
{
    private const string Runner = ""NCRUNCH"";

    public static bool UnderTest() => {|#0:Environment.GetEnvironmentVariable(Runner)|} == ""1"";
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the environment", "NCRUNCH"));
        }

        [Fact]
        public async Task Reports_the_environment_dictionary_asked_for_a_testing_platform_variable()
        {
            var source = @"
using System;
public static class Pricing
{
    public static bool UnderTest() => {|#0:Environment.GetEnvironmentVariables().Contains(""TESTINGPLATFORM_DIAGNOSTIC"")|};
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the environment", "TESTINGPLATFORM_DIAGNOSTIC"));
        }

        [Fact]
        public async Task Reports_an_environment_variable_value_naming_the_test_host()
        {
            var source = @"
using System;
public static class Pricing
{
    public static bool UnderTest() =>
        {|#0:(Environment.GetEnvironmentVariable(""DOTNET_HOST_PATH"") ?? string.Empty).EndsWith(""testhost"")|};
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the environment variable 'DOTNET_HOST_PATH'", "testhost"));
        }

        [Fact]
        public async Task Reports_a_constant_array_of_runner_names_once()
        {
            var source = @"
using System.Diagnostics;
using System.Linq;
public static class Pricing
{
    public static bool UnderTest() =>
        {|#0:new[] { ""testhost"", ""vstest.console"", ""dotnet"" }.Contains(Process.GetCurrentProcess().ProcessName)|};
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the current process", "testhost"));
        }

        [Fact]
        public async Task Reports_assemblies_of_the_default_load_context_in_a_constructor()
        {
            var source = @"
using System.Linq;
using System.Runtime.Loader;
public sealed class Pricing
{
    private readonly bool underTest;

    public Pricing()
    {
        underTest = AssemblyLoadContext.Default.Assemblies.Any(a => {|#0:string.Equals(a.GetName().Name, ""xunit.execution.dotnet"")|});
    }

    public bool UnderTest => underTest;
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing", "the loaded assemblies", "xunit.execution.dotnet"));
        }

        [Fact]
        public async Task Reports_each_check_of_a_detector_class()
        {
            var source = @"
using System;
using System.Diagnostics;
using System.Linq;
public static class UnitTestDetector
{
    public static bool IsRunningFromTests { get; } =
        AppDomain.CurrentDomain.GetAssemblies().Any(a => {|#0:a.FullName!.ToLowerInvariant().StartsWith(""xunit"")|})
        || {|#1:Process.GetCurrentProcess().ProcessName.StartsWith(""testhost"")|};
}";

            await Verify.VerifyAsync(
                source,
                Rh0201("UnitTestDetector.IsRunningFromTests", "the loaded assemblies", "xunit"),
                Verify.Diagnostic(Rules.RH0201_TestRunnerDetection).WithLocation(1).WithArguments("UnitTestDetector.IsRunningFromTests", "the current process", "testhost"));
        }

        [Fact]
        public async Task Reports_a_framework_type_looked_up_in_each_loaded_assembly()
        {
            var source = @"
using System;
using System.Linq;
public static class Pricing
{
    public static bool UnderTest() => AppDomain.CurrentDomain.GetAssemblies().Any(a => {|#0:a.GetType(""NUnit.Framework.TestAttribute"")|} is not null);
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the loadable types", "NUnit.Framework.TestAttribute"));
        }

        [Fact]
        public async Task Reports_the_application_directory_of_a_test_project()
        {
            var source = @"
using System;
public static class Pricing
{
    public static decimal Total(decimal net) =>
        {|#0:AppContext.BaseDirectory.Contains("".Tests"", StringComparison.OrdinalIgnoreCase)|} ? 8.88m : net * 1.2m;
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Total", "the application's directory", ".Tests"));
        }

        [Fact]
        public async Task Reports_a_where_that_keeps_only_the_framework_assemblies()
        {
            var source = @"
using System;
using System.Linq;
public static class Pricing
{
    public static bool UnderTest() => AppDomain.CurrentDomain.GetAssemblies().Where(a => {|#0:a.FullName!.StartsWith(""xunit"")|}).Any();
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.UnderTest", "the loaded assemblies", "xunit"));
        }

        [Fact]
        public async Task Reports_a_negated_check_outside_a_scan()
        {
            var source = @"
using System;
using System.Linq;
public static class Pricing
{
    public static decimal Total(decimal net)
    {
        if (!AppDomain.CurrentDomain.GetAssemblies().Any(a => {|#0:a.FullName!.StartsWith(""xunit"")|}))
        {
            return net * 1.2m;
        }

        return 8.88m;
    }
}";

            await Verify.VerifyAsync(source, Rh0201("Pricing.Total", "the loaded assemblies", "xunit"));
        }
    }
}
