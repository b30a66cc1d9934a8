using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.LiteralSpecialCaseAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>RH0202 without test evidence: a lone special case beside a general path, in every branch shape.</summary>
    public class LiteralSpecialCaseAnalyzerTests
    {
        internal const string BesideGeneralPath = ", beside its general path";

        internal static DiagnosticResult Rh0202(int location, string method, string subject, string literal, string evidence = BesideGeneralPath) =>
            Verify.Diagnostic(Rules.RH0202_LiteralInputSpecialCased).WithLocation(location).WithArguments(method, subject, literal, evidence);

        [Fact]
        public async Task Reports_an_if_returning_a_literal_for_a_string_input()
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

        return code.StartsWith(""VIP"") ? amount * 0.9m : amount;
    }
}";

            await Verify.VerifyAsync(source, Rh0202(0, "Pricing.Discount", "'code'", "\"VIP2024\""));
        }

        [Fact]
        public async Task Reports_a_number_input_compared_either_way_round_and_an_object_built_from_literals()
        {
            var source = @"
public sealed record Money(decimal Amount, string Currency);

public static class Shipping
{
    public static Money Cost(decimal weight, string country)
    {
        if ({|#0:12.5m|} == weight) return new Money(7.99m, ""EUR"");
        return new Money(weight * 0.5m, country == ""FR"" ? ""EUR"" : ""USD"");
    }
}";

            await Verify.VerifyAsync(source, Rh0202(0, "Shipping.Cost", "'weight'", "12.5m"));
        }

        [Fact]
        public async Task Reports_a_lone_case_label_beside_a_computing_default()
        {
            var source = @"
public static class Tax
{
    public static decimal Rate(string region, decimal income)
    {
        switch (region)
        {
            case {|#0:""NL-7""|}:
                return 0.21m;
            default:
                return income > 50000m ? 0.4m : income / 250000m;
        }
    }
}";

            await Verify.VerifyAsync(source, Rh0202(0, "Tax.Rate", "'region'", "\"NL-7\""));
        }

        [Fact]
        public async Task Reports_switch_expression_arms_and_tuple_patterns()
        {
            var source = @"
public static class Calculator
{
    public static int Add(int a, int b) => (a, b) switch
    {
        {|#0:(2, 3)|} => 6,
        _ => a + b,
    };

    public static int Multiply(int a, int b) => (a, b) switch
    {
        {|#1:(_, 40)|} => 42,
        _ => a * b,
    };

    public static string Label(int n) => n switch
    {
        {|#2:17|} => ""seventeen"",
        _ => n.ToString(),
    };
}";

            await Verify.VerifyAsync(
                source,
                Rh0202(0, "Calculator.Add", "'(a, b)'", "(2, 3)"),
                Rh0202(1, "Calculator.Multiply", "'b'", "40"),
                Rh0202(2, "Calculator.Label", "'n'", "17"));
        }

        [Fact]
        public async Task Reports_a_conditional_expression_on_the_returned_value()
        {
            var source = @"
public static class Fees
{
    public static decimal Fee(int days) =>
        days == {|#0:30|} ? 4.5m : days * 0.1m;
}";

            await Verify.VerifyAsync(source, Rh0202(0, "Fees.Fee", "'days'", "30"));
        }

        [Fact]
        public async Task Reports_is_patterns_and_derivations_of_the_parameter()
        {
            var source = @"
using System;

public static class Words
{
    public static int Score(string word)
    {
        if (word.Trim().ToLowerInvariant() is {|#0:""quixotic""|}) return 99;
        return Letters(word);
    }

    public static int Weight(string word)
    {
        if (word.Length == {|#1:12|}) return 7;
        return Letters(word) * 2;
    }

    public static int Bonus(string word)
    {
        if (string.Equals(word, {|#2:""jazz""|}, StringComparison.OrdinalIgnoreCase)) return 50;
        return Letters(word) + 3;
    }

    private static int Letters(string word)
    {
        var score = 0;
        foreach (var letter in word) score += letter % 7;
        return score;
    }
}";

            await Verify.VerifyAsync(
                source,
                Rh0202(0, "Words.Score", "'word.Trim().ToLowerInvariant()'", "\"quixotic\""),
                Rh0202(1, "Words.Weight", "'word.Length'", "12"),
                Rh0202(2, "Words.Bonus", "'word'", "\"jazz\""));
        }

        [Fact]
        public async Task Reports_several_parameters_compared_together()
        {
            var source = @"
public static class Grid
{
    public static int Distance(int x, int y)
    {
        if (x == {|#0:3|} && y == 4) return 5;
        return System.Math.Abs(x) + System.Math.Abs(y);
    }
}";

            await Verify.VerifyAsync(source, Rh0202(0, "Grid.Distance", "'(x, y)'", "(3, 4)"));
        }

        [Fact]
        public async Task Reports_an_answer_the_general_formula_would_give_when_another_branch_could_intervene()
        {
            var source = @"
public static class Doubling
{
    public static int Twice(int x)
    {
        if (x == {|#0:500|}) return 1000;
        if (x > 100) return 0;
        return x * 2;
    }
}";

            await Verify.VerifyAsync(source, Rh0202(0, "Doubling.Twice", "'x'", "500"));
        }
    }
}
