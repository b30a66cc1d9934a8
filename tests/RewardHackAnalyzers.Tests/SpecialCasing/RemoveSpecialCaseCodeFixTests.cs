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

        // Tables are reported only when tests pass their keys (RH0202's evidence), so the table fixes run beside tests.
        private const string TablesTests = @"

public class TablesTests
{
    [Xunit.Fact] public void Dutch_rate() => Xunit.Assert.Equal(0.21m, Tables.Rate(""NL-7"", 1m));
    [Xunit.Fact] public void Belgian_rate() => Xunit.Assert.Equal(0.21m, Tables.Rate(""BE-3"", 1m));
    [Xunit.Fact] public void German_rate() => Xunit.Assert.Equal(0.19m, Tables.Rate(""DE-1"", 1m));
    [Xunit.Fact] public void Sum() => Xunit.Assert.Equal(6, Tables.Add(2, 3));
    [Xunit.Fact] public void Month_fee() => Xunit.Assert.Equal(4.5m, Tables.Fee(30));
    [Xunit.Fact] public void Long_fee() => Xunit.Assert.Equal(6m, Tables.Fee(45));
}";

        private static string InputOf(string test) => ", the input of test 'TablesTests." + test + "'";

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
}" + TablesTests;
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
}" + TablesTests;

            var test = new CSharpCodeFixTest<LiteralSpecialCaseAnalyzer, RemoveSpecialCaseCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestLibraries.XunitV2,
                NumberOfFixAllIterations = 1,
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.ExpectedDiagnostics.AddRange(
            [
                Rh0202(0, "Tables.Rate", "'region'", "\"NL-7\"", InputOf("Dutch_rate")),
                Rh0202(1, "Tables.Rate", "'region'", "\"BE-3\"", InputOf("Belgian_rate")),
                Rh0202(2, "Tables.Rate", "'region'", "\"DE-1\"", InputOf("German_rate")),
                Rh0202(3, "Tables.Add", "'(a, b)'", "(2, 3)", InputOf("Sum")),
                Rh0202(4, "Tables.Fee", "'days'", "30", InputOf("Month_fee")),
                Rh0202(5, "Tables.Fee", "'days'", "45", InputOf("Long_fee")),
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

    public static int Add(int a, int b) => a + b;

    public static decimal Fee(int days) => days * 0.1m;
}" + TablesTests;
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

    public static int Add(int a, int b) => a + b;

    public static decimal Fee(int days) => days * 0.1m;
}" + TablesTests;

            var test = new CSharpCodeFixTest<LiteralSpecialCaseAnalyzer, RemoveSpecialCaseCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestLibraries.XunitV2,
                NumberOfIncrementalIterations = 1,
                CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne | CodeFixTestBehaviors.SkipFixAllCheck,
            };
            test.ExpectedDiagnostics.AddRange(
            [
                Rh0202(0, "Tables.Rate", "'region'", "\"NL-7\"", InputOf("Dutch_rate")),
                Rh0202(1, "Tables.Rate", "'region'", "\"BE-3\"", InputOf("Belgian_rate")),
            ]);
            test.FixedState.ExpectedDiagnostics.Add(
                VerifyFix.Diagnostic(Rules.RH0202_LiteralInputSpecialCased).WithSpan(8, 18, 8, 24)
                    .WithArguments("Tables.Rate", "'region'", "\"BE-3\"", InputOf("Belgian_rate")));

            await test.RunAsync(CancellationToken.None);
        }
    }
}
