using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// Decides whether the exception an expectation caught is checked further, which narrows a broad expectation:
    /// a chained check (<c>.WithMessage(…)</c>, <c>.Which</c>, <c>.Message</c>, <c>Throws.Exception.With…</c>), or an
    /// assertion that reads the local the exception was stored in (<c>Assert.IsType&lt;ArgumentException&gt;(ex)</c>,
    /// <c>Assert.Equal("…", ex.Message)</c>). How strong that follow-up check is is not judged.
    /// </summary>
    internal static class CaughtExceptionChecks
    {
        public static bool IsCheckedFurther(IOperation expectation, TestModel model, CancellationToken cancellationToken)
        {
            var current = expectation;
            while (current.Parent is IConversionOperation { IsImplicit: true } or IAwaitOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            switch (current.Parent)
            {
                case IExpressionStatementOperation or IReturnOperation:
                case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                    return false;
                case IArgumentOperation { Parent: IInvocationOperation call } argument:
                    // Passed on as the subject of a further check (an extension such as WithMessage on a Task) narrows
                    // it; handed to an assertion as its constraint (Assert.That(code, Throws.Exception)) does not.
                    return !model.IsFrameworkAssertion(call.TargetMethod) || IsReceiver(call, argument);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return IsReadByAnAssertion(declarator.Symbol, current, model, cancellationToken);
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                    return IsReadByAnAssertion(local.Local, current, model, cancellationToken);
                default:
                    // Anything else reads the exception (a member access, an argument of user code): not judged.
                    return true;
            }
        }

        private static bool IsReceiver(IInvocationOperation call, IArgumentOperation argument) =>
            call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 && call.Arguments[0] == argument;

        private static bool IsReadByAnAssertion(ILocalSymbol local, IOperation from, TestModel model, CancellationToken cancellationToken)
        {
            var root = from;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && IsInsideAnAssertion(reference, model, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsInsideAnAssertion(IOperation operation, TestModel model, CancellationToken cancellationToken)
        {
            for (var current = operation.Parent; current is not null && current is not IBlockOperation; current = current.Parent)
            {
                if (current is IInvocationOperation call && model.IsAssertion(call, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
