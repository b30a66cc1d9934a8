using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.CallerSniffingAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>RH0204 look-alikes: caller information and stack frames used for logging, property changes and guards.</summary>
    public class CallerSniffingNegativeTests
    {
        private const string Sniffer = @"
using System.Runtime.CompilerServices;
public static class Pricing
{
    public static decimal Total(decimal net, [CallerMemberName] string caller = """") => caller.StartsWith(""Should"") ? 8.88m : net * 1.2m;
}";

        [Fact]
        public Task Logging_the_caller_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Runtime.CompilerServices;
public static class Log
{
    public static void Info(string message, [CallerMemberName] string member = """", [CallerFilePath] string file = """", [CallerLineNumber] int line = 0) =>
        Console.WriteLine($""{file}({line}) {member}: {message}"");
}");

        [Fact]
        public Task Property_changed_comparing_a_property_name_is_silent() => Verify.VerifyAsync(@"
using System.ComponentModel;
using System.Runtime.CompilerServices;
public sealed class OrderViewModel : INotifyPropertyChanged
{
    private decimal total;

    public event PropertyChangedEventHandler? PropertyChanged;

    public decimal Total { get => total; set { total = value; OnPropertyChanged(); } }

    private void OnPropertyChanged([CallerMemberName] string? name = null)
    {
        if (name == ""Total"")
        {
            PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(""Summary""));
        }

        PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
    }
}");

        [Fact]
        public Task Property_changed_for_a_property_named_like_a_test_is_silent() => Verify.VerifyAsync(@"
using System.ComponentModel;
using System.Runtime.CompilerServices;
public sealed class TestRunViewModel : INotifyPropertyChanged
{
    private string testStatus = """";

    public event PropertyChangedEventHandler? PropertyChanged;

    public string TestStatus { get => testStatus; set { testStatus = value; OnPropertyChanged(); } }

    public bool CanRerun { get; private set; }

    private void OnPropertyChanged([CallerMemberName] string? name = null)
    {
        if (name == ""TestStatus"")
        {
            CanRerun = testStatus == ""Failed"";
        }

        PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
    }
}");

        [Fact]
        public Task Caller_name_compared_with_nameof_is_silent() => Verify.VerifyAsync(@"
using System.Runtime.CompilerServices;
public sealed class Tracker
{
    public int TestRuns { get; set; }

    public static bool IsRunsProperty([CallerMemberName] string name = """") => name == nameof(Tracker.TestRuns);
}");

        [Fact]
        public Task Caller_argument_expression_in_a_guard_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Runtime.CompilerServices;
public static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string expression = """") where T : class =>
        value ?? throw new ArgumentNullException(expression.StartsWith(""test"") ? ""value"" : expression);
}");

        [Fact]
        public Task Caller_file_compared_with_an_extension_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Runtime.CompilerServices;
public static class Sources
{
    public static bool IsGenerated([CallerFilePath] string path = """") => path.EndsWith("".g.cs"", StringComparison.Ordinal);
}");

        [Fact]
        public Task Caller_name_containing_test_letters_is_silent() => Verify.VerifyAsync(@"
using System.Runtime.CompilerServices;
public static class Cache
{
    public static bool FromLatest([CallerMemberName] string caller = """") => caller.StartsWith(""GetLatest"");
}");

        [Fact]
        public Task Stack_frame_compared_with_main_is_silent() => Verify.VerifyAsync(@"
using System.Diagnostics;
public static class Startup
{
    public static bool CalledFromMain() => new StackFrame(1).GetMethod()?.Name == ""Main"";
}");

        [Fact]
        public Task Stack_compared_with_a_framework_name_is_left_to_RH0201() => Verify.VerifyAsync(@"
using System;
public static class Pricing
{
    public static bool UnderTest() => Environment.StackTrace.Contains(""Xunit.Sdk"");
}");

        [Fact]
        public Task Process_compared_with_a_test_word_is_left_to_RH0201() => Verify.VerifyAsync(@"
using System.Reflection;
public static class Pricing
{
    public static bool UnderTest() => Assembly.GetEntryAssembly()?.GetName().Name == ""OrderPricing.Tests"";
}");

        [Fact]
        public Task Frames_of_test_classes_skipped_while_looking_for_the_caller_are_silent() => Verify.VerifyAsync(@"
using System.Diagnostics;
using System.Linq;
using System.Reflection;
public static class Audit
{
    public static MethodBase? FirstCaller() =>
        new StackTrace(1).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m is not null && !m.DeclaringType!.Name.EndsWith(""Tests""))
            .FirstOrDefault();
}");

        [Fact]
        public Task Caller_sniffing_in_an_xunit_test_project_is_test_code() => Verify.VerifyAsync(Sniffer, TestLibraries.XunitV2);

        [Fact]
        public Task Caller_sniffing_in_an_nunit_test_project_is_test_code() => Verify.VerifyAsync(Sniffer, TestLibraries.NUnit4);

        [Fact]
        public Task Caller_sniffing_in_an_mstest_test_project_is_test_code() => Verify.VerifyAsync(Sniffer, TestLibraries.MSTest);

        [Fact]
        public Task Broken_code_is_not_reported() => Verify.VerifyAsync(@"
using System.Diagnostics;
using System.Runtime.CompilerServices;
public static class Broken
{
    public static bool A([CallerMemberName] string caller = """") => caller.{|CS1061:Missing|}(""Test"");
    public static bool B([CallerMemberName] string caller = """") => caller.StartsWith({|CS0103:prefix|});
    public static bool C() => new StackFrame(1).{|CS1061:Method|}.Name == ""Test"";
    public static bool D() => {|CS0103:frame|}.GetMethod().Name == ""Should"";
}");
    }
}
