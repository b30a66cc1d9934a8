using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.CallerSniffingAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>RH0204 on production code (.NET 8 alone): caller information and the stack compared with test-like names.</summary>
    public class CallerSniffingAnalyzerTests
    {
        private static DiagnosticResult Rh0204(string member, string inspected, string name) =>
            Verify.Diagnostic(Rules.RH0204_CallerSniffing).WithLocation(0).WithArguments(member, inspected, name);

        [Fact]
        public async Task Reports_a_caller_member_name_starting_with_should()
        {
            var source = @"
using System.Runtime.CompilerServices;
public static class Pricing
{
    public static decimal Total(decimal net, [CallerMemberName] string caller = """")
    {
        if ({|#0:caller.StartsWith(""Should"")|})
        {
            return 8.88m;
        }

        return net * 1.2m;
    }
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.Total", "the caller's member name", "Should"));
        }

        [Fact]
        public async Task Reports_a_caller_file_path_ending_in_a_test_file()
        {
            var source = @"
using System;
using System.Runtime.CompilerServices;
public static class Pricing
{
    public static decimal Total(decimal net, [CallerFilePath] string path = """") =>
        {|#0:path.EndsWith(""Tests.cs"", StringComparison.OrdinalIgnoreCase)|} ? 8.88m : net * 1.2m;
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.Total", "the caller's file path", "Tests.cs"));
        }

        [Fact]
        public async Task Reports_a_caller_file_path_in_a_tests_folder_through_a_local()
        {
            var source = @"
using System.IO;
using System.Runtime.CompilerServices;
public sealed class Pricing
{
    public decimal Total(decimal net, [CallerFilePath] string path = """")
    {
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var fromTests = {|#0:folder.Contains("".Tests"")|};
        return fromTests ? 8.88m : net * 1.2m;
    }
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.Total", "the caller's file path", ".Tests"));
        }

        [Fact]
        public async Task Reports_a_caller_member_name_in_a_switch_expression()
        {
            var source = @"
using System.Runtime.CompilerServices;
public static class Pricing
{
    public static decimal Total(decimal net, [CallerMemberName] string caller = """") => caller switch
    {
        {|#0:""Total_of_two_items_test""|} => 8.88m,
        _ => net * 1.2m,
    };
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.Total", "the caller's member name", "Total_of_two_items_test"));
        }

        [Fact]
        public async Task Reports_the_calling_frame_of_a_method_named_like_a_test()
        {
            var source = @"
using System.Diagnostics;
public static class Pricing
{
    public static decimal Total(decimal net)
    {
        var caller = new StackFrame(1).GetMethod();
        if (caller is not null && {|#0:caller.Name.Contains(""Test"")|})
        {
            return 8.88m;
        }

        return net * 1.2m;
    }
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.Total", "a stack frame", "Test"));
        }

        [Fact]
        public async Task Reports_stack_frames_scanned_for_a_test_class()
        {
            var source = @"
using System.Diagnostics;
using System.Linq;
public static class Pricing
{
    public static bool CalledByTests() =>
        new StackTrace().GetFrames().Any(f => f.GetMethod()?.DeclaringType?{|#0:.Name.EndsWith(""Tests"")|} == true);
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.CalledByTests", "the stack trace", "Tests"));
        }

        [Fact]
        public async Task Reports_the_stack_trace_text_containing_a_test_word()
        {
            var source = @"
using System;
public static class Pricing
{
    public static decimal Total(decimal net) => {|#0:Environment.StackTrace.Contains(""Should"")|} ? 8.88m : net * 1.2m;
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.Total", "the stack trace", "Should"));
        }

        [Fact]
        public async Task Reports_the_calling_assembly_named_like_a_test_project()
        {
            var source = @"
using System.Reflection;
public static class Pricing
{
    public static bool CalledByTests() => {|#0:Assembly.GetCallingAssembly().GetName().Name == ""OrderPricing.Tests""|};
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.CalledByTests", "the calling assembly", "OrderPricing.Tests"));
        }

        [Fact]
        public async Task Reports_the_current_method_in_a_specs_namespace()
        {
            var source = @"
using System.Reflection;
public static class Pricing
{
    public static bool InSpecs() => {|#0:MethodBase.GetCurrentMethod()?.DeclaringType?.Namespace is ""Shop.Specs""|};
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.InSpecs", "the current method", "Shop.Specs"));
        }

        [Fact]
        public async Task Reports_a_caller_name_lowered_and_compared_in_a_local_function()
        {
            var source = @"
using System.Runtime.CompilerServices;
public static class Pricing
{
    public static decimal Total(decimal net, [CallerMemberName] string caller = """")
    {
        bool FromTest() => {|#0:caller.ToLowerInvariant().Contains(""test"")|};
        return FromTest() ? 8.88m : net * 1.2m;
    }
}";

            await Verify.VerifyAsync(source, Rh0204("Pricing.Total", "the caller's member name", "test"));
        }
    }
}
