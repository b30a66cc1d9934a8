using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.TestRunnerDetectionAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>RH0201 look-alikes: code that reads the same things, or names the same frameworks, without detecting the test run.</summary>
    public class TestRunnerDetectionNegativeTests
    {
        private const string RunnerCheck = @"
using System;
using System.Linq;
public static class Pricing
{
    public static bool UnderTest() => AppDomain.CurrentDomain.GetAssemblies().Any(a => a.FullName!.StartsWith(""xunit""));
}";

        [Fact]
        public Task Ci_colour_switch_is_silent_by_default() => Verify.VerifyAsync(@"
using System;
public static class Console2
{
    public static bool UseColour() => Environment.GetEnvironmentVariable(""CI"") is null && Environment.GetEnvironmentVariable(""GITHUB_ACTIONS"") != ""true"";
}");

        [Fact]
        public Task No_color_switch_is_silent() => Verify.VerifyAsync(@"
using System;
public static class Console2
{
    public static bool UseColour() => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(""NO_COLOR""));
}");

        [Fact]
        public Task Environment_named_testing_is_configuration_not_runner_detection() => Verify.VerifyAsync(@"
using System;
public static class Startup
{
    public static bool SeedDemoData() => Environment.GetEnvironmentVariable(""ASPNETCORE_ENVIRONMENT"") == ""Testing"";
}");

        [Fact]
        public Task Logging_the_process_name_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Diagnostics;
public static class Telemetry
{
    public static string Describe() => $""{Process.GetCurrentProcess().ProcessName} on {Environment.MachineName}"";
}");

        [Fact]
        public Task Logging_the_stack_trace_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Diagnostics;
public static class Telemetry
{
    public static void Trace() => Console.Error.WriteLine(new StackTrace(1, true).ToString());
}");

        [Fact]
        public Task Debugger_attached_is_silent() => Verify.VerifyAsync(@"
using System.Diagnostics;
public static class Timeouts
{
    public static int Seconds() => Debugger.IsAttached ? 3600 : 30;
}");

        [Fact]
        public Task Plugin_loader_enumerating_assemblies_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using System.Linq;
public static class Plugins
{
    public static IEnumerable<Type> Discover() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name!.StartsWith(""MyApp.Plugins"", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes());
}");

        [Fact]
        public Task Process_compared_with_dotnet_is_silent() => Verify.VerifyAsync(@"
using System.Diagnostics;
public static class Host
{
    public static bool RunsUnderDotnetHost() => Process.GetCurrentProcess().ProcessName == ""dotnet"";
}");

        [Fact]
        public Task Framework_name_compared_with_user_input_is_silent() => Verify.VerifyAsync(@"
public static class TemplateGenerator
{
    public static string PackageFor(string framework) => framework switch
    {
        ""xunit"" => ""xunit.v3"",
        ""nunit"" => ""NUnit"",
        ""mstest"" => ""MSTest"",
        _ => ""xunit.v3"",
    };
}");

        [Fact]
        public Task Framework_name_written_to_output_is_silent() => Verify.VerifyAsync(@"
using System;
public static class Banner
{
    public static void Show() => Console.WriteLine(""Tested with xunit and NUnit"");
}");

        [Fact]
        public Task Entry_assembly_name_containing_tunit_letters_is_silent() => Verify.VerifyAsync(@"
using System.Reflection;
public static class Branding
{
    public static bool IsTracker() => Assembly.GetEntryAssembly()?.GetName().Name == ""OpportunityTracker"";
}");

        [Fact]
        public Task Own_type_looked_up_by_name_is_silent() => Verify.VerifyAsync(@"
using System;
public static class Exporters
{
    public static Type? Find() => Type.GetType(""MyApp.Plugins.CsvExporter, MyApp.Plugins"");
}");

        [Fact]
        public Task Self_test_switch_on_the_command_line_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Linq;
public static class Program2
{
    public static bool SelfTest() => Environment.GetCommandLineArgs().Contains(""--self-test"");
}");

        [Fact]
        public Task Stack_compared_with_a_test_word_is_left_to_RH0204() => Verify.VerifyAsync(@"
using System;
public static class Pricing
{
    public static bool FromTests() => Environment.StackTrace.Contains(""Tests"");
}");

        [Fact]
        public Task Other_environment_variables_are_silent() => Verify.VerifyAsync(@"
using System;
public static class Paths
{
    public static bool HasDotnet() => (Environment.GetEnvironmentVariable(""PATH"") ?? string.Empty).Contains(""dotnet"");
}");

        [Fact]
        public Task Type_lookup_of_a_configured_name_is_silent() => Verify.VerifyAsync(@"
using System;
public static class Exporters
{
    public static Type? Find(string configured) => Type.GetType(configured);
}");

        [Fact]
        public Task Application_directory_joined_with_a_folder_is_silent() => Verify.VerifyAsync(@"
using System;
using System.IO;
public static class Templates
{
    public static string Folder() => Path.Combine(AppContext.BaseDirectory, ""templates"", ""test-emails"");
}");

        [Fact]
        public Task Assembly_scan_leaving_out_test_frameworks_in_a_where_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using System.Linq;
public static class Registrations
{
    public static IEnumerable<Type> Scan() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && !a.FullName!.StartsWith(""xunit"") && a.GetName().Name != ""testhost"")
            .SelectMany(a => a.GetExportedTypes());
}");

        [Fact]
        public Task Assembly_scan_skipping_test_frameworks_in_a_foreach_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
public static class Registrations
{
    public static List<Type> Scan()
    {
        var types = new List<Type>();
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            var name = assembly.GetName().Name ?? string.Empty;
            if (name.StartsWith(""xunit"") || name.StartsWith(""Microsoft.TestPlatform""))
            {
                continue;
            }

            types.AddRange(assembly.GetExportedTypes());
        }

        return types;
    }
}");

        [Fact]
        public Task Runner_check_in_an_xunit_test_project_is_test_code() => Verify.VerifyAsync(RunnerCheck, TestLibraries.XunitV2);

        [Fact]
        public Task Runner_check_in_an_nunit_test_project_is_test_code() => Verify.VerifyAsync(RunnerCheck, TestLibraries.NUnit4);

        [Fact]
        public Task Runner_check_in_an_mstest_test_project_is_test_code() => Verify.VerifyAsync(RunnerCheck, TestLibraries.MSTest);

        [Fact]
        public Task Runner_check_in_a_tunit_test_project_is_test_code() => Verify.VerifyAsync(RunnerCheck, TestLibraries.TUnit);

        [Fact]
        public Task Broken_code_is_not_reported() => Verify.VerifyAsync(@"
using System;
using System.Linq;
public static class Broken
{
    public static bool A() => AppDomain.CurrentDomain.GetAssemblies().Any(a => a.{|CS1061:Missing|}.StartsWith(""xunit""));
    public static bool B() => {|CS0103:Unknown|}.ProcessName == ""testhost"";
    public static string? C() => Environment.{|CS1501:GetEnvironmentVariable|}();
    public static Type? D() => Type.GetType({|CS0103:name|});
    public static bool E() => Environment.StackTrace.{|CS1501:Contains|}();
}");
    }
}
