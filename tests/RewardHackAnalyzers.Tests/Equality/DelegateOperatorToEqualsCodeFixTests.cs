using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RewardHackAnalyzers.Equality.EqualityOperatorAlwaysTrueAnalyzer,
    RewardHackAnalyzers.CodeFixes.Equality.DelegateOperatorToEqualsCodeFix>;

namespace RewardHackAnalyzers.Tests.Equality
{
    public class DelegateOperatorToEqualsCodeFixTests
    {
        private static DiagnosticResult Rh0002(int location, string op, string type, string result, string state) =>
            Verify.Diagnostic(Rules.RH0002_EqualityOperatorAlwaysTrue).WithLocation(location).WithArguments(op, type, result, state);

        [Fact]
        public async Task Class_operators_delegate_to_equals_with_null_handling()
        {
            var source = @"
class Money
{
    public decimal Amount;

    public static bool operator {|#0:==|}(Money left, Money right) => true;

    public static bool operator {|#1:!=|}(Money left, Money right)
    {
        return false;
    }

    public override bool Equals(object obj) => obj is Money other && Amount == other.Amount;
    public override int GetHashCode() => Amount.GetHashCode();
}";
            var fixedSource = @"
class Money
{
    public decimal Amount;

    public static bool operator ==(Money left, Money right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Money left, Money right)
    {
        return !(left == right);
    }

    public override bool Equals(object obj) => obj is Money other && Amount == other.Amount;
    public override int GetHashCode() => Amount.GetHashCode();
}";

            await Verify.VerifyFixAsync(
                source,
                new[] { Rh0002(0, "==", "Money", "true", "1 field (Amount)"), Rh0002(1, "!=", "Money", "false", "1 field (Amount)") },
                fixedSource);
        }

        [Fact]
        public async Task Struct_equality_operator_calls_equals_directly()
        {
            var source = @"
using System;
readonly struct Point : IEquatable<Point>
{
    public readonly int X, Y;
    public static bool operator {|#0:==|}(Point a, Point b) => !false;
    public static bool operator !=(Point a, Point b) => !(a == b);
    public bool Equals(Point other) => X == other.X && Y == other.Y;
    public override bool Equals(object obj) => obj is Point p && Equals(p);
    public override int GetHashCode() => HashCode.Combine(X, Y);
}";
            var fixedSource = @"
using System;
readonly struct Point : IEquatable<Point>
{
    public readonly int X, Y;
    public static bool operator ==(Point a, Point b) => a.Equals(b);
    public static bool operator !=(Point a, Point b) => !(a == b);
    public bool Equals(Point other) => X == other.X && Y == other.Y;
    public override bool Equals(object obj) => obj is Point p && Equals(p);
    public override int GetHashCode() => HashCode.Combine(X, Y);
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0002(0, "==", "Point", "true", "2 fields (X, Y)") }, fixedSource);
        }

        [Fact]
        public async Task Mixed_operand_operators_are_not_rewritten()
        {
            var source = @"
class Money
{
    public decimal Amount;
    public static bool operator {|#0:==|}(Money left, decimal right) => true;
    public static bool operator !=(Money left, decimal right) => !(left == right);
    public override bool Equals(object obj) => obj is Money other && Amount == other.Amount;
    public override int GetHashCode() => Amount.GetHashCode();
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0002(0, "==", "Money", "true", "1 field (Amount)") }, source);
        }
    }
}
