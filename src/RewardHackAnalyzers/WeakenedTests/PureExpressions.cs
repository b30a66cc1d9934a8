using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// "The same side-effect-free expression": two operations written alike whose evaluation reads values and calls
    /// nothing that could return something different the second time (no invocations, object creations, user-defined
    /// operators or conversions, assignments, increments or awaits).
    /// </summary>
    internal static class PureExpressions
    {
        /// <summary><paramref name="operation"/> without the conversions that do not change its value (implicit ones, boxing among them).</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion && (conversion.IsImplicit || conversion.Conversion.IsIdentity))
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        public static bool AreSame(IOperation first, IOperation second)
        {
            first = Unwrap(first);
            second = Unwrap(second);
            return SyntaxFactory.AreEquivalent(first.Syntax, second.Syntax) && IsPure(first) && IsPure(second);
        }

        public static bool IsPure(IOperation operation)
        {
            foreach (var part in operation.DescendantsAndSelf())
            {
                var pure = part switch
                {
                    ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IInstanceReferenceOperation
                        or ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation
                        or IArrayElementReferenceOperation or IArgumentOperation => true,
                    IPropertyReferenceOperation => true,
                    IConversionOperation conversion => conversion.OperatorMethod is null,
                    IBinaryOperation binary => binary.OperatorMethod is null,
                    IUnaryOperation unary => unary.OperatorMethod is null,
                    _ => false,
                };
                if (!pure)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
