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
    /// <c>Assert.Equal("…", ex.Message)</c>). A not-null check of the exception itself does not narrow anything; how
    /// strong any other follow-up check is is not judged.
    /// </summary>
    internal static class CaughtExceptionChecks
    {
        private enum LocalChecks
        {
            None,
            NullCheckOnly,
            Further,
        }

        public static bool IsCheckedFurther(IOperation expectation, TestModel model, CancellationToken cancellationToken)
        {
            var current = Consumed(expectation);
            switch (current.Parent)
            {
                case IExpressionStatementOperation or IReturnOperation:
                case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                    return false;
                case IArgumentOperation { Parent: IInvocationOperation call } argument:
                    // Passed on as the subject of a further check (an extension such as WithMessage on a Task) narrows
                    // it; handed to an assertion as its constraint (Assert.That(code, Throws.Exception)) does not.
                    return !model.IsFrameworkAssertion(call.TargetMethod) || IsReceiver(call, argument);
                default:
                    // Stored in a local: narrowed by an assertion that reads more than its being there. Anything else
                    // reads the exception (a member access, an argument of user code): not judged.
                    return StoredIn(current) is not { } local || ChecksOf(local, current, model, cancellationToken) == LocalChecks.Further;
            }
        }

        /// <summary>True when the exception <paramref name="recorded"/> returns (xUnit's <c>Record.Exception</c>) is stored and only asserted not to be null.</summary>
        public static bool IsOnlyNullChecked(IOperation recorded, TestModel model, CancellationToken cancellationToken)
        {
            var current = Consumed(recorded);
            return StoredIn(current) is { } local && ChecksOf(local, current, model, cancellationToken) == LocalChecks.NullCheckOnly;
        }

        private static IOperation Consumed(IOperation operation)
        {
            var current = operation;
            while (current.Parent is IConversionOperation { IsImplicit: true } or IAwaitOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            return current;
        }

        private static ILocalSymbol? StoredIn(IOperation value) => value.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
            _ => null,
        };

        private static bool IsReceiver(IInvocationOperation call, IArgumentOperation argument) =>
            call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 && call.Arguments[0] == argument;

        private static LocalChecks ChecksOf(ILocalSymbol local, IOperation from, TestModel model, CancellationToken cancellationToken)
        {
            var root = from;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            var checks = LocalChecks.None;
            foreach (var operation in root.Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && EnclosingAssertion(reference, model, cancellationToken) is { } assertion)
                {
                    if (!IsNullCheckOf(assertion, reference))
                    {
                        return LocalChecks.Further;
                    }

                    checks = LocalChecks.NullCheckOnly;
                }
            }

            return checks;
        }

        private static IInvocationOperation? EnclosingAssertion(IOperation operation, TestModel model, CancellationToken cancellationToken)
        {
            for (var current = operation.Parent; current is not null && current is not IBlockOperation; current = current.Parent)
            {
                if (current is IInvocationOperation call && model.IsAssertion(call, cancellationToken))
                {
                    return call;
                }
            }

            return null;
        }

        // Assert.NotNull(ex), Assert.IsNotNull(ex), ex.Should().NotBeNull(), ex.ShouldNotBeNull(): the exception itself,
        // not a member of it, handed to a not-null check, which any exception passes.
        private static bool IsNullCheckOf(IInvocationOperation assertion, IOperation reference)
        {
            if (assertion.TargetMethod.Name is not ("NotNull" or "IsNotNull" or "NotBeNull" or "ShouldNotBeNull"))
            {
                return false;
            }

            for (var current = reference.Parent; current is not null; current = current.Parent)
            {
                if (current == assertion)
                {
                    return true;
                }

                if (current is not (IConversionOperation or IArgumentOperation or IInvocationOperation { TargetMethod.Name: "Should" }))
                {
                    return false;
                }
            }

            return false;
        }
    }
}
