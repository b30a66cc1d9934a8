using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Infrastructure
{
    /// <summary>Looks through implicit and explicit conversions, which C# inserts around literals, arguments and returns.</summary>
    internal static class OperationConversions
    {
        /// <summary>The operand under every conversion wrapped around <paramref name="operation"/>.</summary>
        public static IOperation WithoutConversions(this IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
