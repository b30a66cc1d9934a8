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
            value.ConstantValue.HasValue || CallCounters.Unwrapped(value) is IDefaultValueOperation;

        /// <summary>
        /// A status rather than a computed answer: <c>true</c>/<c>false</c>, <c>null</c>, <c>default</c> or an enum member
        /// (what a rate limiter or a circuit breaker returns when its count passes a threshold).
        /// </summary>
        public static bool IsStatus(IOperation value)
        {
            var unwrapped = CallCounters.Unwrapped(value);
            return unwrapped is IDefaultValueOperation
                || unwrapped.Type is { SpecialType: SpecialType.System_Boolean } or { TypeKind: TypeKind.Enum }
                || unwrapped.ConstantValue is { HasValue: true, Value: null };
        }

        /// <summary>The first constant value <paramref name="branch"/> returns from its own function, or null.</summary>
        public static IOperation? ReturnedBy(IOperation? branch)
        {
            if (branch is null)
            {
                return null;
            }

            foreach (var operation in OwnOperations.Of(branch))
            {
                if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value } && IsConstant(value))
                {
                    return value;
                }
            }

            return null;
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
