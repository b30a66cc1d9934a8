using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.SpecialCasing;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.SpecialCasing.LiteralSpecialCaseAnalyzerTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.LiteralSpecialCaseAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>RH0202 with test evidence: a test of the same compilation, or the test-inputs file, passes the literal.</summary>
    public class LiteralSpecialCaseEvidenceTests
    {
        private const string LookupTable = @"
namespace Kata
{
    public static class Grades
    {
        public static string Grade(int score)
        {
            switch (score)
            {
                case {|#0:93|}: return ""A"";
                default: return ""F"";
            }
        }
    }
}";

        private static string InputOf(string test) => ", the input of test '" + test + "'";

        [Fact]
        public async Task Reports_a_lookup_table_entry_an_xunit_fact_passes_naming_the_test()
        {
            var tests = LookupTable + @"
namespace Kata.Tests
{
    using Xunit;

    public class GradeTests
    {
        [Fact]
        public void Top_score_is_an_A() => Assert.Equal(""A"", Grades.Grade(93));
    }
}";

            await Verify.VerifyAsync(tests, TestLibraries.XunitV2, Rh0202(0, "Grades.Grade", "'score'", "93", InputOf("Kata.Tests.GradeTests.Top_score_is_an_A")));
        }

        [Fact]
        public async Task Reports_an_input_that_an_inline_data_row_passes_through_the_theory_parameter()
        {
            var tests = LookupTable + @"
namespace Kata.Tests
{
    using Xunit;

    public class GradeTests
    {
        [Theory]
        [InlineData(93, ""A"")]
        [InlineData(50, ""F"")]
        public void Grades_scores(int score, string grade) => Assert.Equal(grade, Grades.Grade(score));
    }
}";

            await Verify.VerifyAsync(tests, TestLibraries.XunitV2, Rh0202(0, "Grades.Grade", "'score'", "93", InputOf("Kata.Tests.GradeTests.Grades_scores")));
        }

        [Fact]
        public async Task Reports_inputs_of_nunit_test_cases_and_mstest_data_rows()
        {
            var nunit = LookupTable + @"
namespace Kata.Tests
{
    using NUnit.Framework;

    public class GradeTests
    {
        [TestCase(93, ExpectedResult = ""A"")]
        public string Grades_scores(int score) => Grades.Grade(score);
    }
}";
            var mstest = LookupTable + @"
namespace Kata.Tests
{
    using Microsoft.VisualStudio.TestTools.UnitTesting;

    [TestClass]
    public class GradeTests
    {
        [TestMethod]
        [DataRow(93)]
        public void Top_score(int score) => Assert.AreEqual(""A"", Grades.Grade(score));
    }
}";

            await Verify.VerifyAsync(nunit, TestLibraries.NUnit4, Rh0202(0, "Grades.Grade", "'score'", "93", InputOf("Kata.Tests.GradeTests.Grades_scores")));
            await Verify.VerifyAsync(mstest, TestLibraries.MSTest, Rh0202(0, "Grades.Grade", "'score'", "93", InputOf("Kata.Tests.GradeTests.Top_score")));
        }

        [Fact]
        public async Task Reports_a_test_input_seen_through_the_derivation_and_a_constant_local()
        {
            var source = @"
using Xunit;

public static class Coupons
{
    public static bool IsValid(string code)
    {
        if (code.Trim().ToUpperInvariant() == {|#0:""SAVE10""|}) return true;
        return code.Length == 8 && char.IsLetter(code[0]);
    }
}

public class CouponTests
{
    [Fact]
    public void Accepts_a_padded_lower_case_code()
    {
        var code = "" save10 "";
        Assert.True(Coupons.IsValid(code));
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0202(0, "Coupons.IsValid", "'code.Trim().ToUpperInvariant()'", "\"SAVE10\"", InputOf("CouponTests.Accepts_a_padded_lower_case_code")));
        }

        [Fact]
        public async Task Reports_a_recursive_base_case_only_when_a_test_passes_its_literal()
        {
            var source = @"
using Xunit;

public static class Sequence
{
    public static long Fibonacci(int n)
    {
        if (n == 0) return 0;
        if (n == {|#0:30|}) return 832040;
        if (n == 2) return 1;
        return n == 1 ? 1 : Fibonacci(n - 1) + Fibonacci(n - 2);
    }
}

public class SequenceTests
{
    [Fact]
    public void Thirtieth() => Assert.Equal(832040, Sequence.Fibonacci(30));

    [Fact]
    public void First() => Assert.Equal(0, Sequence.Fibonacci(0));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0202(0, "Sequence.Fibonacci", "'n'", "30", InputOf("SequenceTests.Thirtieth")));
        }

        [Fact]
        public async Task Reports_a_tuple_only_when_one_test_passes_every_element()
        {
            const string Calculator = @"
using Xunit;

public static class Calculator
{
    public static int Add(int a, int b) => (a, b) switch
    {
        {|#0:(2, 3)|} => 6,
        _ => a + b,
    };
}
";
            // Each element passed by a different test is no evidence of the pair; the bare arm is left to the heuristics.
            var oneTest = Calculator + @"
public class CalculatorTests
{
    [Fact]
    public void Two_and_three() => Assert.Equal(6, Calculator.Add(2, 3));
}";
            var twoTests = Calculator + @"
public class CalculatorTests
{
    [Fact]
    public void Two() => Assert.Equal(3, Calculator.Add(2, 1));

    [Fact]
    public void Three() => Assert.Equal(4, Calculator.Add(1, 3));
}";

            await Verify.VerifyAsync(oneTest, TestLibraries.XunitV2, Rh0202(0, "Calculator.Add", "'(a, b)'", "(2, 3)", InputOf("CalculatorTests.Two_and_three")));
            await Verify.VerifyAsync(twoTests, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Reports_every_entry_of_a_table_whose_keys_are_all_test_inputs()
        {
            var source = @"
using Xunit;

public static class Grades
{
    public static string Grade(int score) => score switch
    {
        {|#0:93|} => ""A"",
        {|#1:71|} => ""C"",
        _ => ""F"",
    };
}

public class GradeTests
{
    [Fact]
    public void Top() => Assert.Equal(""A"", Grades.Grade(93));

    [Fact]
    public void Middle() => Assert.Equal(""C"", Grades.Grade(71));
}";

            await Verify.VerifyAsync(
                source,
                TestLibraries.XunitV2,
                Rh0202(0, "Grades.Grade", "'score'", "93", InputOf("GradeTests.Top")),
                Rh0202(1, "Grades.Grade", "'score'", "71", InputOf("GradeTests.Middle")));
        }

        [Fact]
        public async Task A_table_with_entries_no_test_passes_is_a_real_table_even_where_tests_pass_some_keys()
        {
            var source = @"
using Xunit;

public static class Http
{
    public static string Reason(int status) => status switch
    {
        200 => ""OK"",
        404 => ""Not Found"",
        500 => ""Internal Server Error"",
        _ => ""Unknown"",
    };
}

public class HttpTests
{
    [Fact]
    public void Ok() => Assert.Equal(""OK"", Http.Reason(200));

    [Fact]
    public void NotFound() => Assert.Equal(""Not Found"", Http.Reason(404));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Reports_from_the_test_inputs_file_in_a_production_project()
        {
            var test = new CSharpAnalyzerTest<LiteralSpecialCaseAnalyzer, DefaultVerifier>
            {
                TestCode = LookupTable,
                ReferenceAssemblies = TestLibraries.Net80,
            };
            test.TestState.AdditionalFiles.Add((
                "/obj/RewardHack.TestInputs.txt",
                "# from Kata.Tests\nM:Kata.Grades.Grade(System.Int32)\t0\t93\tKata.Tests.GradeTests.Top\nM:Kata.Grades.Grade(System.Int32)\t0\t50\tKata.Tests.GradeTests.Fail\nnot a line\n"));
            test.ExpectedDiagnostics.Add(Rh0202(0, "Grades.Grade", "'score'", "93", InputOf("Kata.Tests.GradeTests.Top")));

            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Reports_a_yes_no_answer_when_a_test_passes_its_literal()
        {
            var source = @"
using Xunit;

public static class Primes
{
    public static bool IsPrime(int n)
    {
        if (n == {|#0:7919|}) return true;
        for (var d = 2; d * d <= n; d++)
        {
            if (n % d == 0) return false;
        }

        return n > 1;
    }
}

public class PrimeTests
{
    [Fact]
    public void Thousandth_prime() => Assert.True(Primes.IsPrime(7919));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0202(0, "Primes.IsPrime", "'n'", "7919", InputOf("PrimeTests.Thousandth_prime")));
        }

        [Fact]
        public async Task Reports_an_irregular_form_or_a_repeated_string_when_a_test_passes_it()
        {
            var source = @"
using Xunit;

public static class Plural
{
    public const string Oxen = ""ox"";

    public static string Of(string noun) => noun switch
    {
        {|#0:""ox""|} => ""oxen"",
        _ when noun.EndsWith(""s"") => noun + ""es"",
        _ => noun + ""s"",
    };
}

public class PluralTests
{
    [Fact]
    public void Ox_is_irregular() => Assert.Equal(""oxen"", Plural.Of(""ox""));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0202(0, "Plural.Of", "'noun'", "\"ox\"", InputOf("PluralTests.Ox_is_irregular")));
        }
    }
}
