using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// RH0303: assertion failures intercepted. A catch of a framework's assertion exception type (declared, or tested
    /// in the filter: <c>catch (Exception e) when (e is XunitException)</c>) whose handler neither throws, asserts, nor
    /// passes the exception on; and a process-wide exception handler that singles out assertion exceptions. A catch
    /// that asserts on the failure (a test of an assertion library), rethrows it, or collects it to report later is
    /// legitimate, as is a catch with any other filter (only some failures are handled: a retry's last attempt).
    /// Catch-alls (<c>Exception</c>, bare <c>catch</c>) belong to RH0103.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AssertionFailureInterceptedAnalyzer : RewardHackAnalyzer
    {
        private static readonly SymbolDisplayFormat QualifiedName = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0303_AssertionFailureIntercepted);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            if (model.Frameworks == TestFrameworks.None && model.AssertionLibraries == AssertionLibraries.None)
            {
                return;
            }

            var handlers = new GlobalExceptionHandlers(context.Compilation);
            var bodies = MethodBodies.For(context.Compilation);
            context.RegisterOperationAction(c => AnalyzeCatch(c, model), OperationKind.CatchClause);
            context.RegisterOperationAction(c => AnalyzeHandler(c, model, handlers, bodies), OperationKind.EventAssignment);
        }

        private static void AnalyzeCatch(OperationAnalysisContext context, TestModel model)
        {
            var clause = (ICatchClauseOperation)context.Operation;
            if (clause.Syntax is not CatchClauseSyntax syntax
                || CaughtType(clause) is not { } caught
                || !model.IsAssertionException(caught)
                || LetsTheFailureThrough(clause, model, context.CancellationToken))
            {
                return;
            }

            // The last real token: in code mid-edit a missing ')' sits after the line break.
            var last = ((SyntaxNode?)syntax.Filter ?? syntax.Declaration)?.GetLastToken() ?? syntax.CatchKeyword;
            var end = last.Span.End;
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0303_AssertionFailureIntercepted,
                Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.CatchKeyword.SpanStart, end)),
                caught.ToDisplayString(QualifiedName),
                "by a catch that neither rethrows nor asserts on it"));
        }

        private static void AnalyzeHandler(OperationAnalysisContext context, TestModel model, GlobalExceptionHandlers handlers, MethodBodies bodies)
        {
            var assignment = (IEventAssignmentOperation)context.Operation;
            if (!assignment.Adds
                || assignment.EventReference is not IEventReferenceOperation { Event: var @event }
                || !handlers.IsProcessWide(@event)
                || HandlerBody(assignment.HandlerValue, bodies, context.CancellationToken) is not { } body
                || SingledOutAssertionException(body, model) is not { } singledOut)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0303_AssertionFailureIntercepted,
                assignment.Syntax.GetLocation(),
                singledOut.ToDisplayString(QualifiedName),
                $"by a handler registered on '{@event.ContainingType.Name}.{@event.Name}'"));
        }

        // The declared type; with a filter, the type the filter tests the exception for. Any other filter (a retry
        // that lets the last attempt's failure through) handles only some failures and is not judged.
        private static ITypeSymbol? CaughtType(ICatchClauseOperation clause)
        {
            var filter = clause.Filter;
            if (filter is null || filter.ConstantValue is { HasValue: true, Value: true })
            {
                return clause.ExceptionType;
            }

            var local = (clause.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
            return filter switch
            {
                IIsTypeOperation { ValueOperand: ILocalReferenceOperation value } test when Is(value, local) => test.TypeOperand,
                IIsPatternOperation { Value: ILocalReferenceOperation value, Pattern: var pattern } when Is(value, local) => MatchedType(pattern),
                _ => null,
            };
        }

        private static ITypeSymbol? MatchedType(IPatternOperation pattern) => pattern switch
        {
            ITypePatternOperation type => type.MatchedType,
            IDeclarationPatternOperation declaration => declaration.MatchedType,
            _ => null,
        };

        private static bool Is(ILocalReferenceOperation reference, ILocalSymbol? local) =>
            local is not null && SymbolEqualityComparer.Default.Equals(reference.Local, local);

        // Throwing anything (throw; throw new …), asserting, or handing the exception itself on (to a collector that
        // reports it later, to a method, to a field) lets the failure be seen; reading only its message does not.
        private static bool LetsTheFailureThrough(ICatchClauseOperation clause, TestModel model, CancellationToken cancellationToken)
        {
            var local = (clause.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
            foreach (var operation in clause.Handler.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IThrowOperation:
                        return true;
                    case IInvocationOperation or IInvalidOperation when model.IsAssertion(operation, cancellationToken):
                        return true;
                    case ILocalReferenceOperation reference when Is(reference, local) && !IsMemberAccessReceiver(reference):
                        return true;
                }
            }

            return false;
        }

        private static bool IsMemberAccessReceiver(ILocalReferenceOperation reference) => reference.Parent switch
        {
            IMemberReferenceOperation member => member.Instance == reference,
            IInvocationOperation invocation => invocation.Instance == reference,
            _ => false,
        };

        private static IOperation? HandlerBody(IOperation handler, MethodBodies bodies, CancellationToken cancellationToken)
        {
            while (handler is IConversionOperation conversion)
            {
                handler = conversion.Operand;
            }

            return handler switch
            {
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda.Body,
                IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => bodies.Body(reference.Method, cancellationToken),
                IAnonymousFunctionOperation lambda => lambda.Body,
                _ => null,
            };
        }

        // A handler that only logs treats every exception alike; one that tests for assertion exceptions (is, as,
        // a cast, a type pattern, typeof) treats test failures differently from the rest.
        private static ITypeSymbol? SingledOutAssertionException(IOperation body, TestModel model)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                var tested = operation switch
                {
                    IIsTypeOperation test => test.TypeOperand,
                    ITypePatternOperation pattern => pattern.MatchedType,
                    IDeclarationPatternOperation pattern => pattern.MatchedType,
                    IConversionOperation { IsImplicit: false } conversion => conversion.Type,
                    ITypeOfOperation typeOf => typeOf.TypeOperand,
                    _ => null,
                };
                if (tested is not null && model.IsAssertionException(tested))
                {
                    return tested;
                }
            }

            return null;
        }
    }
}
