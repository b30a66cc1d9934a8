using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// Comparisons of a value with a numeric literal written in the code (<c>2</c>, <c>-1</c>), as an operator, a pattern
    /// or a case label. A named constant (<c>MaxAttempts</c>) is a configured limit, not a memorised call number, and is
    /// not a literal here.
    /// </summary>
    internal static class CounterComparisons
    {
        /// <summary>The side of an equality or relational operator compared with a literal, or null; <paramref name="threshold"/> for &lt;, &lt;=, &gt;, &gt;=.</summary>
        public static IOperation? ComparedWithLiteral(IBinaryOperation binary, out bool threshold)
        {
            threshold = binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
            if (!threshold && binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
            {
                return null;
            }

            return IsLiteral(binary.RightOperand) ? binary.LeftOperand
                : IsLiteral(binary.LeftOperand) ? binary.RightOperand
                : null;
        }

        /// <summary>Whether <paramref name="pattern"/> matches a literal (<c>2</c>) or a range bounded by one (<c>&gt; 3</c>).</summary>
        public static bool IsLiteralPattern(IPatternOperation pattern, out bool threshold)
        {
            threshold = pattern is IRelationalPatternOperation;
            return pattern switch
            {
                IConstantPatternOperation constant => IsLiteral(constant.Value),
                IRelationalPatternOperation relational => IsLiteral(relational.Value),
                _ => false,
            };
        }

        /// <summary>Whether a case clause tests a literal: <c>case 2:</c>, <c>case &gt; 3:</c>.</summary>
        public static bool IsLiteralClause(ICaseClauseOperation clause, out bool threshold)
        {
            threshold = false;
            return clause switch
            {
                ISingleValueCaseClauseOperation single => IsLiteral(single.Value),
                IPatternCaseClauseOperation { Guard: null } patterned => IsLiteralPattern(patterned.Pattern, out threshold),
                _ => false,
            };
        }

        private static bool IsLiteral(IOperation operand)
        {
            var syntax = Conversions.Unwrapped(operand).Syntax;
            if (syntax is PrefixUnaryExpressionSyntax minus && minus.IsKind(SyntaxKind.UnaryMinusExpression))
            {
                syntax = minus.Operand;
            }

            return syntax.IsKind(SyntaxKind.NumericLiteralExpression);
        }
    }
}
