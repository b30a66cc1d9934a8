using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.FakedSuccess;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>Fixed return values: what a branch returns when it returns a constant, and whether a value is returned at all.</summary>
    internal static class ConstantAnswers
    {
        /// <summary>A constant (literal, <c>const</c>, enum member, <c>null</c>) or <c>default</c>.</summary>
        public static bool IsConstant(IOperation value) =>
            value.ConstantValue.HasValue || Conversions.Unwrapped(value) is IDefaultValueOperation;

        /// <summary>
        /// A status rather than a computed answer: <c>true</c>/<c>false</c>, <c>null</c>, <c>default</c> or an enum member
        /// (what a rate limiter or a circuit breaker returns when its count passes a threshold).
        /// </summary>
        public static bool IsStatus(IOperation value)
        {
            var unwrapped = Conversions.Unwrapped(value);
            return unwrapped is IDefaultValueOperation
                || unwrapped.Type is { SpecialType: SpecialType.System_Boolean } or { TypeKind: TypeKind.Enum }
                || unwrapped.ConstantValue is { HasValue: true, Value: null };
        }

        /// <summary>The first constant value (in source order) <paramref name="branch"/> returns from its own function, or null.</summary>
        public static IOperation? ReturnedBy(IOperation? branch)
        {
            if (branch is null)
            {
                return null;
            }

            IOperation? first = null;
            foreach (var operation in OwnOperations.Of(branch))
            {
                if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value }
                    && IsConstant(value)
                    && (first is null || value.Syntax.SpanStart < first.Syntax.SpanStart))
                {
                    first = value;
                }
            }

            return first;
        }

        /// <summary>
        /// The constant returned right after an <c>if</c> without <c>else</c> whose branch always leaves: that return is
        /// the else branch (<c>if (++_calls != 1) return x; return 7;</c>).
        /// </summary>
        public static IOperation? ReturnedAfter(IConditionalOperation statement)
        {
            if (statement.WhenFalse is not null || !Leaves(statement.WhenTrue) || statement.Parent is not IBlockOperation block)
            {
                return null;
            }

            var index = block.Operations.IndexOf(statement);
            return index >= 0 && index + 1 < block.Operations.Length
                && block.Operations[index + 1] is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value }
                && IsConstant(value)
                ? value
                : null;
        }

        // Whether a branch ends in a return or a throw; iterative, so deeply nested blocks cannot overflow the stack.
        private static bool Leaves(IOperation branch)
        {
            var last = branch;
            while (last is IBlockOperation block)
            {
                if (block.Operations.IsEmpty)
                {
                    return false;
                }

                last = block.Operations[block.Operations.Length - 1];
            }

            return last is IReturnOperation { Kind: OperationKind.Return } or IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation };
        }

        /// <summary>
        /// Whether <paramref name="value"/> is what its function returns: the operand of a <c>return</c> (or an expression
        /// body), possibly as an arm of a conditional or switch expression that is returned.
        /// </summary>
        public static bool IsReturned(IOperation value)
        {
            var current = value;
            for (var parent = current.Parent; parent is not null; current = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IReturnOperation { Kind: OperationKind.Return }:
                        return true;
                    case IConversionOperation:
                    case IConditionalOperation { WhenFalse: not null } conditional when conditional.Condition != current:
                    case ISwitchExpressionArmOperation arm when arm.Value == current:
                    case ISwitchExpressionOperation switchExpression when switchExpression.Value != current:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
