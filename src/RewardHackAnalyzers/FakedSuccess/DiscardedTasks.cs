using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>Recognises awaitable results that are thrown away: <c>F();</c> or <c>_ = F();</c> where <c>F()</c> is awaitable.</summary>
    internal static class DiscardedTasks
    {
        /// <summary>True when the value of <paramref name="operation"/> is discarded by its statement.</summary>
        public static bool IsDiscarded(IOperation operation) => operation.Parent switch
        {
            IExpressionStatementOperation => true,
            ISimpleAssignmentOperation { Target: IDiscardOperation, Parent: IExpressionStatementOperation } assignment =>
                assignment.Value == operation || Unwrap(assignment.Value) == operation,
            IConversionOperation { IsImplicit: true } conversion => IsDiscarded(conversion),
            _ => false,
        };

        /// <summary>True for a type that <c>await</c> accepts: it has a parameterless instance <c>GetAwaiter</c>, itself or in a base type.</summary>
        public static bool IsAwaitable(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers("GetAwaiter"))
                {
                    if (member is IMethodSymbol { IsStatic: false, Parameters.IsEmpty: true })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>True for <c>Task.Run(…)</c> and <c>Task.Factory.StartNew(…)</c>.</summary>
        public static bool StartsTask(IMethodSymbol method) =>
            method.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
            && ((method.Name == "Run" && method.ContainingType.Name == "Task")
                || (method.Name == "StartNew" && method.ContainingType.Name == "TaskFactory"));

        private static IOperation Unwrap(IOperation value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }
    }
}
