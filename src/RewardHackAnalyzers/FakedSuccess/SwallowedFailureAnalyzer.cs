using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// RH0103: a catch-all (<see cref="CatchAll"/>) in test code whose handler drops the failure. In a test method it
    /// counts around an assertion or a call into the code under test; in other members of a test class (set-up,
    /// tear-down, Dispose, helpers) and in assertion helpers only around an assertion, because best-effort clean-up is
    /// legitimate. Catches of specific types, of assertion exceptions (RH0303's), with a filter, and retry loops whose
    /// try body leaves the loop on success are not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SwallowedFailureAnalyzer : TestProjectAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0103_SwallowedFailure);

        protected override void OnTestProjectStart(CompilationStartAnalysisContext context, TestModel model)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    var attempt = (ITryOperation)operation.Operation;
                    if (operation.ContainingSymbol is not IMethodSymbol method || Scope(model, method, operation.CancellationToken) is not { } scope
                        || IsRetry(attempt))
                    {
                        return;
                    }

                    foreach (var clause in attempt.Catches)
                    {
                        if (clause.Syntax is not CatchClauseSyntax syntax || !CatchAll.CatchesEverything(clause)
                            || Subject(attempt.Body, model, scope, operation.CancellationToken) is not { } subject
                            || CatchAll.HandlesFailure(clause, model, operation.CancellationToken))
                        {
                            continue;
                        }

                        var span = TextSpan.FromBounds(syntax.CatchKeyword.SpanStart, (syntax.Declaration?.Span ?? syntax.CatchKeyword.Span).End);
                        operation.ReportDiagnostic(Diagnostic.Create(
                            Rules.RH0103_SwallowedFailure,
                            Location.Create(syntax.SyntaxTree, span),
                            syntax.SyntaxTree.GetText(operation.CancellationToken).ToString(span),
                            method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name,
                            subject));
                    }
                },
                OperationKind.Try);
        }

        private enum Guarded
        {
            AssertionsAndCallsUnderTest,
            Assertions,
        }

        private static Guarded? Scope(TestModel model, IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (model.IsTestMethod(method))
            {
                return Guarded.AssertionsAndCallsUnderTest;
            }

            return (method.ContainingType is { } type && model.IsTestClass(type)) || model.IsAssertionHelper(method, cancellationToken)
                ? Guarded.Assertions
                : null;
        }

        // The first assertion the try body guards, else (in a test) the first call into the code under test.
        private static string? Subject(IBlockOperation body, TestModel model, Guarded scope, CancellationToken cancellationToken)
        {
            string? callUnderTest = null;
            foreach (var operation in body.Descendants())
            {
                if (operation.Kind is OperationKind.Invocation or OperationKind.Throw or OperationKind.Invalid && model.IsAssertion(operation, cancellationToken))
                {
                    return operation.SemanticModel is { } semantics && operation.Syntax is InvocationExpressionSyntax
                        ? "'" + AssertionDisplay.Of(operation.Syntax, semantics) + "'"
                        : "an assertion";
                }

                if (scope == Guarded.AssertionsAndCallsUnderTest && callUnderTest is null)
                {
                    callUnderTest = CallUnderTest(operation);
                }
            }

            return callUnderTest;
        }

        private static string? CallUnderTest(IOperation operation) => operation switch
        {
            IInvocationOperation invocation when TestModel.IsNonFrameworkMember(invocation.TargetMethod) =>
                "the call to '" + invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name + "'",
            IObjectCreationOperation { Constructor: { } constructor } when TestModel.IsNonFrameworkMember(constructor) =>
                "the call to 'new " + constructor.ContainingType.Name + "'",
            _ => null,
        };

        // Retrying until an attempt succeeds: the try sits in a loop and leaves it (return/break) when the attempt works.
        private static bool IsRetry(ITryOperation attempt)
        {
            if (attempt.Parent is null || !InLoop(attempt))
            {
                return false;
            }

            foreach (var operation in attempt.Body.Descendants())
            {
                if (operation is IReturnOperation { IsImplicit: false } or IBranchOperation { BranchKind: BranchKind.Break })
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InLoop(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is ILoopOperation)
                {
                    return true;
                }

                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return false;
        }
    }
}
