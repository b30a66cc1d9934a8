using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Equality.EqualityOperatorAlwaysTrueAnalyzer>;

namespace RewardHackAnalyzers.Tests.Equality
{
    public class EqualityOperatorAlwaysTrueAnalyzerTests
    {
        private static DiagnosticResult Rh0002(int location, string op, string type, string result, string state) =>
            Verify.Diagnostic(Rules.RH0002_EqualityOperatorAlwaysTrue).WithLocation(location).WithArguments(op, type, result, state);

        [Fact]
        public async Task Reports_equality_operator_always_true_and_inequality_operator_always_false()
        {
            var source = @"
class Money
{
    public decimal Amount;
    public static bool operator {|#0:==|}(Money left, Money right) => true;
    public static bool operator {|#1:!=|}(Money left, Money right) { return !true; }
    public override bool Equals(object obj) => obj is Money other && Amount == other.Amount;
    public override int GetHashCode() => Amount.GetHashCode();
}";

            await Verify.VerifyAsync(
                source,
                Rh0002(0, "==", "Money", "true", "1 field (Amount)"),
                Rh0002(1, "!=", "Money", "false", "1 field (Amount)"));
        }

        [Fact]
        public async Task Reports_a_struct_operator_folded_from_constants()
        {
            var source = @"
struct Point
{
    public int X, Y;
    public static bool operator {|#0:==|}(Point a, Point b) => a.X == b.X || true;
    public static bool operator !=(Point a, Point b) => !(a == b);
    public override bool Equals(object obj) => obj is Point p && p.X == X && p.Y == Y;
    public override int GetHashCode() => X ^ Y;
}";

            await Verify.VerifyAsync(source, Rh0002(0, "==", "Point", "true", "2 fields (X, Y)"));
        }

        [Fact]
        public async Task Operators_that_compare_are_silent()
        {
            var source = @"
class Money
{
    public decimal Amount;
    public static bool operator ==(Money left, Money right) => left is null ? right is null : left.Equals(right);
    public static bool operator !=(Money left, Money right) => !(left == right);
    public override bool Equals(object obj) => obj is Money other && Amount == other.Amount;
    public override int GetHashCode() => Amount.GetHashCode();
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task A_stateless_type_may_make_all_instances_equal()
        {
            var source = @"
struct Unit
{
    public static bool operator ==(Unit left, Unit right) => true;
    public static bool operator !=(Unit left, Unit right) => false;
    public override bool Equals(object obj) => obj is Unit;
    public override int GetHashCode() => 0;
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task An_inequality_operator_always_true_is_not_rigged_equality()
        {
            var source = @"
class Token
{
    public int Id;
    public static bool operator ==(Token left, Token right) => false;
    public static bool operator !=(Token left, Token right) => true;
    public override bool Equals(object obj) => ReferenceEquals(this, obj);
    public override int GetHashCode() => Id;
}";

            await Verify.VerifyAsync(source);
        }
    }
}
