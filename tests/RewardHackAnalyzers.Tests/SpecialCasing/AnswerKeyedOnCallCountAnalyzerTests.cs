using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.AnswerKeyedOnCallCountAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    public class AnswerKeyedOnCallCountAnalyzerTests
    {
        private static DiagnosticResult Rh0205(int location, string member, string answer, string counter, string test) =>
            Verify.Diagnostic(Rules.RH0205_AnswerKeyedOnCallCount).WithLocation(location).WithArguments(member, answer, counter, test);

        private static string InClass(string members) => @"
using System;
using System.Threading;
public class Quote
{
    private static int _calls;

" + members + @"
}";

        [Theory]
        [InlineData("public int Price(int x) => {|#0:++_calls == 2|} ? 5 : 4;", "5", "++_calls == 2")]
        [InlineData("public int Price(int x) { if ({|#0:_calls++ > 3|}) return 42; return x * 2; }", "42", "_calls++ > 3")]
        [InlineData("public int Price(int x) { var n = Interlocked.Increment(ref _calls); if ({|#0:n == 2|}) return 5; return x; }", "5", "n == 2")]
        [InlineData("public decimal Price(decimal x) { _calls++; if ({|#0:_calls == 2|}) { return 0.5m; } return x * 0.1m; }", "0.5m", "_calls == 2")]
        [InlineData("public string Price(int x) { _calls += 1; return {|#0:_calls is 3|} ? \"fizz\" : x.ToString(); }", "\"fizz\"", "_calls is 3")]
        [InlineData("public bool Price(string s) { _calls = _calls + 1; if ({|#0:_calls == 2|}) return false; return s.Length > 0; }", "false", "_calls == 2")]
        [InlineData("public int Price(int x) { if ({|#0:Interlocked.Increment(ref _calls) != 1|}) return x; return 7; }", "7", "Interlocked.Increment(ref _calls) != 1")]
        [InlineData("public int Price(int x) => {|#0:1 == ++_calls|} && x > 0 ? 9 : x;", "9", "1 == ++_calls")]
        [InlineData("public int Price(int x) { if (!({|#0:--_calls == -2|})) return x; return 0; }", "0", "--_calls == -2")]
        public async Task Reports_a_constant_answer_selected_by_the_call_count(string members, string answer, string test)
        {
            await Verify.VerifyAsync(InClass(members), Rh0205(0, "Quote.Price", answer, "_calls", test));
        }

        [Fact]
        public async Task Reports_a_switch_statement_on_the_counter_at_its_first_literal_case()
        {
            var source = InClass(@"
    public string Price(int x)
    {
        switch (++_calls)
        {
            {|#0:case 1:|}
                return ""first"";
            case 2:
                return ""second"";
            default:
                return x.ToString();
        }
    }");

            await Verify.VerifyAsync(source, Rh0205(0, "Quote.Price", "\"first\"", "_calls", "case 1:"));
        }

        [Fact]
        public async Task Reports_a_returned_switch_expression_on_the_counter_at_its_first_literal_arm()
        {
            var source = InClass(@"
    public int Price(int x) => Interlocked.Increment(ref _calls) switch
    {
        {|#0:1 => 10|},
        2 => 20,
        _ => x * 10,
    };");

            await Verify.VerifyAsync(source, Rh0205(0, "Quote.Price", "10", "_calls", "1 => 10"));
        }

        [Fact]
        public async Task Reports_each_comparison_of_a_nested_conditional()
        {
            var source = InClass("public int Price(int x) => {|#0:++_calls == 1|} ? 4 : {|#1:_calls == 2|} ? 5 : 6;");

            await Verify.VerifyAsync(
                source,
                Rh0205(0, "Quote.Price", "4", "_calls", "++_calls == 1"),
                Rh0205(1, "Quote.Price", "5", "_calls", "_calls == 2"));
        }

        [Fact]
        public async Task Reports_a_property_and_a_counter_declared_in_another_type()
        {
            var source = @"
internal static class Counters
{
    public static long Reads;
}
public static class Oracle
{
    public static int Answer => {|#0:++Counters.Reads == 1|} ? 41 : 42;
}";

            await Verify.VerifyAsync(source, Rh0205(0, "Oracle.Answer", "41", "Reads", "++Counters.Reads == 1"));
        }

        [Fact]
        public async Task Reports_a_lambda_that_keys_its_answer_on_the_counter()
        {
            var source = InClass("public Func<int> Pricer() => () => {|#0:++_calls == 2|} ? 5 : 4;");

            await Verify.VerifyAsync(source, Rh0205(0, "Quote.Pricer", "5", "_calls", "++_calls == 2"));
        }

        [Fact]
        public async Task Survives_broken_code()
        {
            var source = @"
public class Quote
{
    private static int _calls;
    public int A(int x) => ++{|CS0103:_missing|} == 2 ? 5 : 4;
    public int B(int x) => ++_calls == {|CS0103:two|} ? 5 : 4;
    public int {|CS0161:C|}(int x) { if ({|#0:++_calls == 2|}) return 5; }
    public int {|CS0161:D|}(int x) { switch (++_calls) { {|#1:case 1:|} return 1; } }
    public int E(int x) { switch ({|CS0103:_other|}++) { case 1: return 1; default: return x; } }
}";

            // Unbound operands are neither counters nor literals; a bound comparison in a half-written member still is.
            await Verify.VerifyAsync(
                source,
                Rh0205(0, "Quote.C", "5", "_calls", "++_calls == 2"),
                Rh0205(1, "Quote.D", "1", "_calls", "case 1:"));
        }
    }
}
