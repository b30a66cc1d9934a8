using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.CodeFixes.SpecialCasing;
using RewardHackAnalyzers.SpecialCasing;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.SpecialCasing.LiteralSpecialCaseAnalyzerTests;
using VerifyFix = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<RewardHackAnalyzers.SpecialCasing.LiteralSpecialCaseAnalyzer, RewardHackAnalyzers.CodeFixes.SpecialCasing.RemoveSpecialCaseCodeFix>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    public class RemoveSpecialCaseCodeFixTests
    {
        [Fact]
        public async Task Removes_an_if_statement_and_keeps_the_general_path()
        {
            var source = @"
public static class Pricing
{
    public static decimal Discount(string code, decimal amount)
    {
        if (code == {|#0:""VIP2024""|}) return 8.88m;
        return code.StartsWith(""VIP"") ? amount * 0.9m : amount;
    }
}";
            var fixedSource = @"
public static class Pricing
{
    public static decimal Discount(string code, decimal amount)
    {
        return code.StartsWith(""VIP"") ? amount * 0.9m : amount;
    }
}";

            await VerifyFix.VerifyFixAsync(source, [Rh0202(0, "Pricing.Discount", "'code'", "\"VIP2024\"")], fixedSource);
        }

        [Fact]
        public async Task Replaces_an_if_with_its_else_and_an_else_if_with_its_else()
        {
            var source = @"
public static class Pricing
{
    public static decimal Discount(string code, decimal amount)
    {
        if (code == {|#0:""VIP2024""|})
        {
            return 8.88m;
        }
        else
        {
            var rate = code.Length / 100m;
            return amount * (1 - rate);
        }
    }

    public static decimal Surcharge(string code, decimal amount)
    {
        if (amount < 0m) return 0m;
        else if (code == {|#1:""LATE-9""|}) return 4.5m;
        else return amount * 0.05m;
    }
}";
            var fixedSource = @"
public static class Pricing
{
    public static decimal Discount(string code, decimal amount)
    {
        var rate = code.Length / 100m;
        return amount * (1 - rate);
    }

    public static decimal Surcharge(string code, decimal amount)
    {
        if (amount < 0m) return 0m;
        else return amount * 0.05m;
    }
}";

            await VerifyFix.VerifyFixAsync(
                source,
                [Rh0202(0, "Pricing.Discount", "'code'", "\"VIP2024\""), Rh0202(1, "Pricing.Surcharge", "'code'", "\"LATE-9\"")],
                fixedSource);
        }

        [Fact]
        public async Task Removes_case_labels_and_switch_arms_and_unwraps_nested_conditionals()
        {
            var source = @"
public static class Tables
{
    public static decimal Rate(string region, decimal income)
    {
        switch (region)
        {
            case {|#0:""NL-7""|}:
            case {|#1:""BE-3""|}:
                return 0.21m;
            case {|#2:""DE-1""|}:
                return 0.19m;
            default:
                return income / 250000m;
        }
    }

    public static int Add(int a, int b) => (a, b) switch
    {
        {|#3:(2, 3)|} => 6,
        _ => a + b,
    };

    public static decimal Fee(int days) =>
        days == {|#4:30|} ? 4.5m : days == {|#5:45|} ? 6m : days * 0.1m;
}";
            var fixedSource = @"
public static class Tables
{
    public static decimal Rate(string region, decimal income)
    {
        switch (region)
        {
            default:
                return income / 250000m;
        }
    }

    public static int Add(int a, int b) => (a, b) switch
    {
        _ => a + b,
    };

    public static decimal Fee(int days) =>
        days * 0.1m;
}";

            var test = new CSharpCodeFixTest<LiteralSpecialCaseAnalyzer, RemoveSpecialCaseCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestLibraries.Net80,
                NumberOfFixAllIterations = 1,
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.ExpectedDiagnostics.AddRange(
            [
                Rh0202(0, "Tables.Rate", "'region'", "\"NL-7\""),
                Rh0202(1, "Tables.Rate", "'region'", "\"BE-3\""),
                Rh0202(2, "Tables.Rate", "'region'", "\"DE-1\""),
                Rh0202(3, "Tables.Add", "'(a, b)'", "(2, 3)"),
                Rh0202(4, "Tables.Fee", "'days'", "30"),
                Rh0202(5, "Tables.Fee", "'days'", "45"),
            ]);

            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fixing_one_label_of_a_section_keeps_the_others()
        {
            var source = @"
public static class Tables
{
    public static decimal Rate(string region, decimal income)
    {
        switch (region)
        {
            case {|#0:""NL-7""|}:
            case {|#1:""BE-3""|}:
                return 0.21m;
            default:
                return income / 250000m;
        }
    }
}";
            var fixedSource = @"
public static class Tables
{
    public static decimal Rate(string region, decimal income)
    {
        switch (region)
        {
            case ""BE-3"":
                return 0.21m;
            default:
                return income / 250000m;
        }
    }
}";

            var test = new CSharpCodeFixTest<LiteralSpecialCaseAnalyzer, RemoveSpecialCaseCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestLibraries.Net80,
                NumberOfIncrementalIterations = 1,
                CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne | CodeFixTestBehaviors.SkipFixAllCheck,
            };
            test.ExpectedDiagnostics.AddRange([Rh0202(0, "Tables.Rate", "'region'", "\"NL-7\""), Rh0202(1, "Tables.Rate", "'region'", "\"BE-3\"")]);
            test.FixedState.ExpectedDiagnostics.Add(
                VerifyFix.Diagnostic(Rules.RH0202_LiteralInputSpecialCased).WithSpan(8, 18, 8, 24).WithArguments("Tables.Rate", "'region'", "\"BE-3\"", BesideGeneralPath));

            await test.RunAsync(CancellationToken.None);
        }
    }
}
