using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>Small operation-tree steps shared by RH0004's recognisers.</summary>
    internal static class AssertionOperations
    {
        /// <summary><paramref name="operation"/> without the implicit conversions the compiler wrapped it in.</summary>
        public static IOperation Unconverted(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The value a call is made on: its instance, or the first argument of an extension method.</summary>
        public static IOperation? Receiver(IInvocationOperation call) =>
            call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
    }
}
