using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// A catch clause that catches everything (<c>catch</c>, <c>catch (Exception)</c>, <c>catch (SystemException)</c>,
    /// <c>catch (object)</c>) without a filter, and what its handler does with the failure.
    /// </summary>
    internal static class CatchAll
    {
        public static bool CatchesEverything(ICatchClauseOperation clause) =>
            clause.Filter is null
            && clause.ExceptionType.OriginalDefinition.ToDisplayString() is "System.Exception" or "System.SystemException" or "object";

        /// <summary>
        /// True when the handler lets the failure count: it throws (<c>throw;</c> or a wrapping exception), asserts,
        /// declares an outcome (RH0104's to judge), returns or hands on the caught exception, or records the failure in
        /// state outside the handler (<c>threw = true;</c>, <c>errors.Add(ex)</c>). Writing it to a log does not count.
        /// </summary>
        public static bool HandlesFailure(ICatchClauseOperation clause, TestModel model, CancellationToken cancellationToken)
        {
            var span = clause.Handler.Syntax.Span;
            foreach (var operation in clause.Handler.Descendants())
            {
                switch (operation)
                {
                    case IThrowOperation:
                        return true;
                    case IAssignmentOperation assignment when !DeclaredWithin(assignment.Target, span):
                    case IIncrementOrDecrementOperation increment when !DeclaredWithin(increment.Target, span):
                    case IReturnOperation { ReturnedValue: { } value } when UsesCaught(value, clause):
                    case IArgumentOperation argument when UsesCaught(argument.Value, clause) && !IsLogging(argument.Parent):
                        return true;
                }

                if (model.IsAssertion(operation, cancellationToken) || model.OutcomeOf(operation, cancellationToken) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        // A local of the handler itself records nothing the test can look at later.
        private static bool DeclaredWithin(IOperation target, Microsoft.CodeAnalysis.Text.TextSpan span) =>
            target is ILocalReferenceOperation { Local: var local }
            && local.DeclaringSyntaxReferences.Length > 0
            && span.Contains(local.DeclaringSyntaxReferences[0].Span);

        private static bool UsesCaught(IOperation value, ICatchClauseOperation clause)
        {
            if (clause.Locals.IsEmpty)
            {
                return false;
            }

            foreach (var operation in value.DescendantsAndSelf())
            {
                if (operation is ILocalReferenceOperation reference && clause.Locals.Contains(reference.Local, SymbolEqualityComparer.Default))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsLogging(IOperation? call)
        {
            if (call is not IInvocationOperation { TargetMethod: var method })
            {
                return false;
            }

            var type = method.ContainingType?.OriginalDefinition.ToDisplayString();
            return method.Name.StartsWith("Write", System.StringComparison.Ordinal)
                || method.Name.StartsWith("Log", System.StringComparison.Ordinal)
                || type is "System.Console" or "System.Diagnostics.Debug" or "System.Diagnostics.Trace";
        }
    }
}
