using System.Linq;
using System.Threading.Tasks;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Expressions and statements nested thousands deep (generated or hostile code) must not exhaust the stack:
    /// a stack overflow kills the compiler process, which no analyzer exception handler can catch.
    /// </summary>
    public class DeepNestingTests
    {
        private const int Depth = 20000;

        private static readonly string DeepOr = string.Join(" || ", Enumerable.Repeat("other == null", Depth));

        [Fact]
        public async Task A_deep_chain_ending_in_true_is_still_folded_to_true()
        {
            var source = "public class M { public int A; public override bool {|#0:Equals|}(object? other) => " + DeepOr +
                " || true; public override int GetHashCode() => A; }";

            await AnalyzerVerifier<EqualsAlwaysTrueAnalyzer>.VerifyAsync(
                source,
                AnalyzerVerifier<EqualsAlwaysTrueAnalyzer>.Diagnostic(Rules.RH0001_EqualsAlwaysTrue)
                    .WithLocation(0).WithArguments("M", "always returns true", "1 field (A)"));
        }

        [Fact]
        public async Task A_deep_chain_that_reads_the_argument_is_not_reported()
        {
            var source = "public class M { public int A; public override bool Equals(object? other) => " + DeepOr +
                "; public override int GetHashCode() => A; }";

            await AnalyzerVerifier<EqualsAlwaysTrueAnalyzer>.VerifyAsync(source);
        }

        [Fact]
        public async Task A_deep_expression_inside_a_statement_does_not_exhaust_the_stack()
        {
            var source = "public class M { public int A; public override bool Equals(object? other) { var b = " + DeepOr +
                "; return b; } public override int GetHashCode() => A; }";

            await AnalyzerVerifier<EqualsAlwaysTrueAnalyzer>.VerifyAsync(source);
        }

        [Fact]
        public async Task Deeply_nested_if_statements_do_not_exhaust_the_stack()
        {
            const int ifDepth = 2000;
            var nested = string.Concat(Enumerable.Repeat("if (other != null) { ", ifDepth)) + "return A == 1;" +
                string.Concat(Enumerable.Repeat(" }", ifDepth));
            var source = "public class M { public int A; public override bool Equals(object? other) { " + nested +
                " return false; } public override int GetHashCode() => A; }";

            await AnalyzerVerifier<EqualsAlwaysTrueAnalyzer>.VerifyAsync(source);
        }
    }
}
