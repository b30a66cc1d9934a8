using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
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
