using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.LiteralSpecialCaseAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>Legitimate code that looks like special-casing: RH0202 stays silent.</summary>
    public class LiteralSpecialCaseNegativeTests
    {
        [Fact]
        public async Task Silent_on_recursion_base_cases_with_trivial_literals()
        {
            var source = @"
public static class Maths
{
    public static long Factorial(int n)
    {
        if (n == 0) return 1;
        return n * Factorial(n - 1);
    }

    public static int Fibonacci(int n)
    {
        if (n <= 1) return n;
        return Fibonacci(n - 1) + Fibonacci(n - 2);
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_a_recursive_base_case_with_a_larger_literal_without_tests()
        {
            var source = @"
public static class Maths
{
    public static int Tribonacci(int n)
    {
        if (n == 2) return 1;
        return n < 2 ? 0 : Tribonacci(n - 1) + Tribonacci(n - 2) + Tribonacci(n - 3);
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_trivial_literals_even_when_a_test_passes_them()
        {
            var source = @"
using Xunit;

public static class Maths
{
    public static long Factorial(int n)
    {
        if (n == 0) return 1;
        if (n == 1) return 1;
        long product = 1;
        for (var i = 2; i <= n; i++) product *= i;
        return product;
    }

    public static string Describe(string text) => text == """" ? ""empty"" : text.ToUpperInvariant();
}

public class MathsTests
{
    [Fact]
    public void Zero() => Assert.Equal(1, Maths.Factorial(0));

    [Fact]
    public void Empty() => Assert.Equal(""empty"", Maths.Describe(""""));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Silent_on_guards_that_throw()
        {
            var source = @"
using System;

public static class Accounts
{
    public static decimal Withdraw(string account, decimal amount)
    {
        if (account == ""FROZEN-001"") throw new InvalidOperationException(""frozen"");
        if (amount == 13m) throw new ArgumentException(""unlucky"");
        return amount * 1.01m;
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_a_pure_lookup_table_without_tests()
        {
            var source = @"
using System;

public static class Roman
{
    public static int Value(char numeral)
    {
        switch (numeral)
        {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            default: throw new ArgumentOutOfRangeException(nameof(numeral));
        }
    }

    public static string CountryName(string iso) => iso switch
    {
        ""FR"" => ""France"",
        ""DE"" => ""Germany"",
        _ => ""unknown"",
    };
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_tables_with_a_computed_fallback_without_tests()
        {
            var source = @"
public static class Naming
{
    public static string Multiple(int n) => n switch
    {
        2 => ""double"",
        3 => ""triple"",
        4 => ""quadruple"",
        _ => n + ""-fold"",
    };

    public static int Padding(int count, int width)
    {
        switch (count)
        {
            case 2:
            case 3:
            case 4:
                return 0;
            default:
                return (width - count % width) % width;
        }
    }

    public static decimal Postage(int grams) =>
        grams == 20 ? 0.85m : grams == 50 ? 1.10m : grams * 0.03m;

    public static string Family(string language)
    {
        if (language is ""da"" or ""sv"") return ""scandinavian"";
        return language.ToUpperInvariant();
    }
}

public enum Gender { Masculine, Feminine }

public static class Numerals
{
    private static readonly string[] Units = { ""cero"", ""uno"", ""dos"", ""tres"" };

    public static string Unit(int number, Gender gender) => (number, gender) switch
    {
        (1, Gender.Feminine) => ""una"",
        (1, _) => ""un"",
        (2, _) => ""dos"",
        _ => Units[number],
    };
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_an_irregular_form_among_computing_rules()
        {
            var source = @"
public static class Plural
{
    public static string Of(string noun) => noun switch
    {
        ""mouse"" => ""mice"",
        _ when noun.EndsWith(""y"") => noun.Substring(0, noun.Length - 1) + ""ies"",
        _ when noun.EndsWith(""s"") => noun + ""es"",
        _ => noun + ""s"",
    };
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_a_mode_name_the_program_uses_elsewhere()
        {
            var source = @"
public static class Renderers
{
    public const string Standard = ""standard"";

    public static string Create(string style) =>
        style == ""standard"" ? ""new PlainRenderer()"" : ""Catalog.Resolve(\"""" + style + ""\"")"";
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_an_answer_the_program_names_as_a_constant_even_when_a_test_passes_the_key()
        {
            var source = @"
using Xunit;

public static class Cli
{
    public const string HelpText = ""usage: tool <command>"";

    public static string Describe(string command)
    {
        const string Version = ""tool 2.1"";
        if (command == ""--version"") return Version;
        return command == ""help"" ? HelpText : ""unknown command "" + command;
    }
}

public class CliTests
{
    [Fact]
    public void Help_prints_the_usage() => Assert.Equal(Cli.HelpText, Cli.Describe(""help""));

    [Fact]
    public void Version_is_printed() => Assert.Equal(""tool 2.1"", Cli.Describe(""--version""));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Silent_on_lookup_table_entries_no_test_passes()
        {
            var source = @"
using Xunit;

public static class Roman
{
    public static int Value(char numeral) => numeral switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        _ => 0,
    };
}

public class RomanTests
{
    [Fact]
    public void Unknown_numeral_is_zero() => Assert.Equal(0, Roman.Value('Q'));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Silent_on_enum_switches()
        {
            var source = @"
public enum Shape { Circle, Square, Triangle }

public static class Geometry
{
    public static double Area(Shape shape, double size) => shape switch
    {
        Shape.Circle => System.Math.PI * size * size,
        Shape.Square => size * size,
        Shape.Triangle => 1.5,
        _ => size,
    };

    public static int Corners(Shape shape, int fallback)
    {
        if (shape == Shape.Square) return 4;
        return fallback + 1;
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_tests_and_their_helpers()
        {
            var source = @"
using Xunit;

public class PricingTests
{
    [Fact]
    public void Discount() => Assert.Equal(90m, Expected(""VIP2024"", 100m));

    private static decimal Expected(string code, decimal amount)
    {
        if (code == ""VIP2024"") return 90m;
        return amount;
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Silent_on_a_fake_in_a_test_project_that_no_test_calls_directly()
        {
            var source = @"
using Xunit;

public interface IRates { decimal Rate(string currency, decimal amount); }

public sealed class FakeRates : IRates
{
    public decimal Rate(string currency, decimal amount)
    {
        if (currency == ""EUR"") return 1.1m;
        return amount / 100m;
    }
}

public class ConverterTests
{
    [Fact]
    public void Converts() => Assert.NotNull(new FakeRates());
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Silent_on_feature_flags_and_modes_that_do_not_return_literals()
        {
            var source = @"
using System.Collections.Generic;
using System.Linq;

public static class Sorting
{
    public static IReadOnlyList<int> Sort(IEnumerable<int> items, string mode)
    {
        if (mode == ""descending"") return items.OrderByDescending(i => i).ToList();
        return mode == ""none"" ? items.ToList() : items.OrderBy(i => i).ToList();
    }

    public static string Render(string text, string colour)
    {
        switch (colour)
        {
            case ""never"":
                return text;
            case ""always"":
                return ""\u001b[1m"" + text + ""\u001b[0m"";
            default:
                return text.Trim();
        }
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_parsing_switches_that_answer_yes_or_no()
        {
            var source = @"
public static class Flags
{
    public static bool Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        ""yes"" or ""on"" => true,
        ""no"" or ""off"" => false,
        _ => bool.Parse(text),
    };
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_ranges_properties_of_arguments_and_conditions_that_test_more_than_the_input()
        {
            var source = @"
public sealed class Order { public string Id { get; set; } = """"; public decimal Total { get; set; } }

public static class Shipping
{
    public static decimal Cost(Order order, decimal weight, bool express)
    {
        if (weight > 30m) return 25m;
        if (order.Id == ""fixture-7"") return 8.88m;
        if (weight == 12.5m && express) return 19m;
        return weight * 0.8m;
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_when_the_branch_returns_a_computed_value_or_lives_in_a_lambda()
        {
            var source = @"
using System;

public static class Scaling
{
    public static decimal Scale(decimal value, string unit)
    {
        if (unit == ""km"") return value * 1000m;
        Func<string, int> width = u => u == ""mm"" ? 3 : u.Length;
        return value * width(unit);
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_when_every_return_is_a_literal_and_no_test_passes_the_input()
        {
            var source = @"
public static class Http
{
    public static string Reason(int status)
    {
        if (status == 404) return ""Not Found"";
        if (status == 500) return ""Internal Server Error"";
        return ""Unknown"";
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Silent_on_a_fast_path_that_returns_what_the_general_path_computes_even_for_a_test_input()
        {
            var source = @"
using Xunit;

public static class Sums
{
    public static long Triangle(int n)
    {
        if (n == 10) return 55;
        return (long)n * (n + 1) / 2;
    }

    public static decimal Add(decimal a, decimal b) => (a, b) switch
    {
        (2.5m, 3m) => 5.5m,
        _ => a + b,
    };
}

public class SumTests
{
    [Fact]
    public void Tenth() => Assert.Equal(55, Sums.Triangle(10));

    [Fact]
    public void Halves() => Assert.Equal(5.5m, Sums.Add(2.5m, 3m));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Silent_on_broken_code()
        {
            var source = @"
public static class Broken
{
    public static int Score({|CS0246:Missing|} input, int n)
    {
        if (input == ""abc"") return 5;
        if (n == 42) return {|CS0103:unknown|};
        return n * 2;
    }

    public static int Half(int n) => n switch
    {
        {|CS0103:Unknown|} => 4,
        _ => n / 2,
    };
}";

            await Verify.VerifyAsync(source);
        }
    }
}
