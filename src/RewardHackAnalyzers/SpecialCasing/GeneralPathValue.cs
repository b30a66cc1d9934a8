using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// What a simple general path computes for one input: arithmetic on numeric parameters and constants
    /// (<c>a + b</c>, <c>rows * (rows + 1) / 2</c>). A special case that returns the same value is a redundant fast
    /// path, not a memorised answer. Anything else (calls, strings, locals, floating point) is not evaluated.
    /// </summary>
    internal static class GeneralPathValue
    {
        private const int MaxDepth = 32;

        /// <summary>The value of <paramref name="expression"/> with the parameters bound to <paramref name="inputs"/>; false when it cannot be computed here.</summary>
        public static bool TryEvaluate(IOperation expression, IReadOnlyDictionary<IParameterSymbol, object?> inputs, out decimal value) =>
            TryEvaluate(expression, inputs, 0, out value);

        private static bool TryEvaluate(IOperation expression, IReadOnlyDictionary<IParameterSymbol, object?> inputs, int depth, out decimal value)
        {
            value = 0m;
            if (depth > MaxDepth || !IsExactNumber(expression.Type))
            {
                return false;
            }

            if (expression.ConstantValue is { HasValue: true, Value: var constant })
            {
                return TryNumber(constant, out value);
            }

            try
            {
                switch (expression)
                {
                    case IParameterReferenceOperation reference:
                        return inputs.TryGetValue(reference.Parameter, out var input) && TryNumber(input, out value);
                    case IConversionOperation { OperatorMethod: null } conversion:
                        return TryEvaluate(conversion.Operand, inputs, depth + 1, out value);
                    case IBinaryOperation { OperatorMethod: null } binary
                        when TryEvaluate(binary.LeftOperand, inputs, depth + 1, out var left)
                            && TryEvaluate(binary.RightOperand, inputs, depth + 1, out var right):
                        return TryApply(binary.OperatorKind, left, right, IsIntegral(binary.Type), out value);
                    default:
                        return false;
                }
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        private static bool TryApply(BinaryOperatorKind kind, decimal left, decimal right, bool integral, out decimal value)
        {
            value = kind switch
            {
                BinaryOperatorKind.Add => left + right,
                BinaryOperatorKind.Subtract => left - right,
                BinaryOperatorKind.Multiply => left * right,
                BinaryOperatorKind.Divide when right != 0m => integral ? decimal.Truncate(left / right) : left / right,
                BinaryOperatorKind.Remainder when right != 0m => left % right,
                _ => decimal.MinValue,
            };
            return value != decimal.MinValue;
        }

        private static bool TryNumber(object? constant, out decimal value)
        {
            value = 0m;
            if (constant is null or double or float || !Testing.LiteralText.IsNumber(constant))
            {
                return false;
            }

            value = Convert.ToDecimal(constant, CultureInfo.InvariantCulture);
            return true;
        }

        // Integral types and decimal: their arithmetic is exact in decimal (wrap-around aside, which a hard-coded answer does not rely on).
        private static bool IsExactNumber(ITypeSymbol? type) => type is not null && (IsIntegral(type) || type.SpecialType == SpecialType.System_Decimal);

        private static bool IsIntegral(ITypeSymbol? type) => type?.SpecialType is
            SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte
            or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
    }
}
