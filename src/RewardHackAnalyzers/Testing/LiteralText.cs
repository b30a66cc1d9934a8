using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Constant values as C# literals and back, and the value comparison special-casing needs: a test passing the
    /// <c>int</c> 5 to a <c>decimal</c> parameter feeds the branch <c>amount == 5m</c>.
    /// </summary>
    internal static class LiteralText
    {
        /// <summary>The value as a C# literal that parses back to it; null when C# has no literal for it (NaN, infinities, enums, arrays).</summary>
        public static string? Format(object? value) => value switch
        {
            null => "null",
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            char character => SymbolDisplay.FormatLiteral(character, quote: true),
            bool flag => flag ? "true" : "false",
            int or short or sbyte or byte or ushort => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            long number => number.ToString(CultureInfo.InvariantCulture) + "L",
            uint number => number.ToString(CultureInfo.InvariantCulture) + "U",
            ulong number => number.ToString(CultureInfo.InvariantCulture) + "UL",
            decimal number => number.ToString(CultureInfo.InvariantCulture) + "M",
            double number when IsFinite(number) => number.ToString("R", CultureInfo.InvariantCulture) + "D",
            float number when IsFinite(number) => number.ToString("R", CultureInfo.InvariantCulture) + "F",
            _ => null,
        };

        /// <summary>Reads a literal written by <see cref="Format"/> or by hand: a C# literal, optionally negated.</summary>
        public static bool TryParse(string? text, out object? value)
        {
            value = null;
            if (string.IsNullOrWhiteSpace(text) || text!.IndexOf('\n') >= 0)
            {
                return false;
            }

            var expression = SyntaxFactory.ParseExpression(text);
            if (expression.ContainsDiagnostics || expression.FullSpan.Length != text.Length)
            {
                return false;
            }

            var negated = false;
            if (expression is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus)
            {
                negated = true;
                expression = minus.Operand;
            }

            if (expression is not LiteralExpressionSyntax literal || literal.IsKind(SyntaxKind.DefaultLiteralExpression))
            {
                return false;
            }

            value = literal.Token.Value;
            return !negated || Negate(ref value);
        }

        /// <summary>True when both are the same constant: equal strings (ordinal), chars, bools, null, or numbers of equal value.</summary>
        public static bool Same(object? left, object? right)
        {
            if (left is null || right is null)
            {
                return left is null && right is null;
            }

            if (IsNumber(left) && IsNumber(right))
            {
                return NumbersEqual(left, right);
            }

            return left.GetType() == right.GetType() && left.Equals(right);
        }

        public static bool IsNumber(object value) =>
            value is int or long or short or sbyte or byte or ushort or uint or ulong or decimal or double or float;

        private static bool NumbersEqual(object left, object right)
        {
            if (left is double or float || right is double or float)
            {
                return Convert.ToDouble(left, CultureInfo.InvariantCulture) == Convert.ToDouble(right, CultureInfo.InvariantCulture);
            }

            return Convert.ToDecimal(left, CultureInfo.InvariantCulture) == Convert.ToDecimal(right, CultureInfo.InvariantCulture);
        }

        private static bool Negate(ref object? value)
        {
            switch (value)
            {
                case int number when number != int.MinValue:
                    value = -number;
                    return true;
                case long number when number != long.MinValue:
                    value = -number;
                    return true;
                case uint number when number == 2147483648U:
                    value = int.MinValue; // -2147483648 is an int literal in C#
                    return true;
                case ulong number when number == 9223372036854775808UL:
                    value = long.MinValue;
                    return true;
                case decimal number:
                    value = -number;
                    return true;
                case double number:
                    value = -number;
                    return true;
                case float number:
                    value = -number;
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsFinite(double number) => !double.IsNaN(number) && !double.IsInfinity(number);
    }
}
