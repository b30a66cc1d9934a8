using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Equality;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>A numeric compile-time constant as written (<c>5</c>, <c>double.MaxValue</c>, <c>1e-3m</c>), before conversion to the parameter's type.</summary>
    internal sealed class NumericConstant
    {
        private NumericConstant(double value, object raw, SpecialType type, string text)
        {
            Value = value;
            Raw = raw;
            Type = type;
            Text = text;
        }

        public double Value { get; }

        public object Raw { get; }

        public SpecialType Type { get; }

        public string Text { get; }

        /// <summary>+∞, or the largest value of its type (<c>int.MaxValue</c>, <c>double.MaxValue</c>, <c>decimal.MaxValue</c>).</summary>
        public bool IsUnboundedAbove => double.IsPositiveInfinity(Value) || Value == Largest(Type);

        /// <summary>−∞, or the smallest value of its type.</summary>
        public bool IsUnboundedBelow => double.IsNegativeInfinity(Value) || Value == Smallest(Type);

        public static NumericConstant? Of(IOperation operation)
        {
            var value = AssertionOperations.Unconverted(operation);
            if (value.Type is not { } type || !value.ConstantValue.HasValue || value.ConstantValue.Value is not { } raw || !IsNumeric(type.SpecialType))
            {
                return null;
            }

            return new NumericConstant(Convert.ToDouble(raw, CultureInfo.InvariantCulture), raw, type.SpecialType, value.Syntax.ToString());
        }

        public static double Largest(SpecialType type) => type switch
        {
            SpecialType.System_Double => double.MaxValue,
            SpecialType.System_Single => float.MaxValue,
            SpecialType.System_Decimal => (double)decimal.MaxValue,
            SpecialType.System_Int64 => long.MaxValue,
            SpecialType.System_UInt64 => ulong.MaxValue,
            SpecialType.System_Int32 => int.MaxValue,
            SpecialType.System_UInt32 => uint.MaxValue,
            SpecialType.System_Int16 => short.MaxValue,
            SpecialType.System_UInt16 => ushort.MaxValue,
            SpecialType.System_SByte => sbyte.MaxValue,
            SpecialType.System_Byte => byte.MaxValue,
            _ => double.NaN,
        };

        public static double Smallest(SpecialType type) => type switch
        {
            SpecialType.System_Double => double.MinValue,
            SpecialType.System_Single => float.MinValue,
            SpecialType.System_Decimal => (double)decimal.MinValue,
            SpecialType.System_Int64 => long.MinValue,
            SpecialType.System_Int32 => int.MinValue,
            SpecialType.System_Int16 => short.MinValue,
            SpecialType.System_SByte => sbyte.MinValue,
            SpecialType.System_UInt64 or SpecialType.System_UInt32 or SpecialType.System_UInt16 or SpecialType.System_Byte => 0,
            _ => double.NaN,
        };

        private static bool IsNumeric(SpecialType type) => !double.IsNaN(Largest(type));
    }
}
