using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>Looking through conversions, so <c>(long)_calls</c> and an implicitly widened literal are what they convert.</summary>
    internal static class Conversions
    {
        /// <summary><paramref name="operation"/> without the implicit and explicit conversions around it.</summary>
        public static IOperation Unwrapped(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
