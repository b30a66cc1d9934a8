using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// RH0105: in production code, a handler for <c>Exception</c> or for everything that returns success (or falls
    /// through to a <c>return</c> of success right after the <c>try</c>) without rethrowing, logging or reading the
    /// exception. A handler that returns <c>false</c> or a failure (the <c>TryParse</c> shape), a filtered or specific
    /// catch, and test projects and test classes are not flagged.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CatchAllReportsSuccessAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0105_CatchAllReportsSuccess);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            if (model.IsTestProject)
            {
                return;
            }

            var exception = context.Compilation.GetTypeByMetadataName("System.Exception");
            context.RegisterOperationAction(
                operation =>
                {
                    var tryOperation = (ITryOperation)operation.Operation;
                    if (operation.ContainingSymbol is not IMethodSymbol member
                        || (member.ContainingType is { } type && model.IsTestClass(type)))
                    {
                        return;
                    }

                    var function = OwnOperations.EnclosingFunction(tryOperation) ?? member;
                    foreach (var handler in tryOperation.Catches)
                    {
                        if (IsCatchAll(handler, exception)
                            && SuccessReturned(tryOperation, handler, function) is { } success
                            && !FailureObservation.IsObserved(handler)
                            && handler.Syntax is CatchClauseSyntax syntax)
                        {
                            operation.ReportDiagnostic(Diagnostic.Create(
                                Rules.RH0105_CatchAllReportsSuccess,
                                Header(syntax),
                                Describe(function, member),
                                syntax.Declaration is null ? "every exception" : $"'{handler.ExceptionType.Name}'",
                                success.Syntax.ToString()));
                        }
                    }
                },
                OperationKind.Try);
        }

        // catch, catch (Exception), catch (Exception e), without a filter; catch (object) cannot be written in C#.
        private static bool IsCatchAll(ICatchClauseOperation handler, INamedTypeSymbol? exception) =>
            handler.Filter is null
            && (handler.ExceptionType.SpecialType == SpecialType.System_Object
                || SymbolEqualityComparer.Default.Equals(handler.ExceptionType, exception));

        // The success value the handler returns itself, or, when it falls through, the one returned right after the try.
        private static IOperation? SuccessReturned(ITryOperation tryOperation, ICatchClauseOperation handler, IMethodSymbol function)
        {
            var returns = OwnOperations.Of(handler.Handler).OfType<IReturnOperation>().Where(r => r.Kind == OperationKind.Return).ToList();
            var success = returns.FirstOrDefault(r => SuccessResults.IsSuccess(r.ReturnedValue, function))?.ReturnedValue;
            if (success is not null || returns.Count > 0 || EndsAbruptly(handler.Handler))
            {
                return success;
            }

            return NextStatement(tryOperation) is IReturnOperation next && SuccessResults.IsSuccess(next.ReturnedValue, function)
                ? next.ReturnedValue
                : null;
        }

        private static bool EndsAbruptly(IBlockOperation handler) =>
            handler.Operations.LastOrDefault() is IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation } or IBranchOperation;

        private static IOperation? NextStatement(ITryOperation tryOperation)
        {
            if (tryOperation.Parent is not IBlockOperation block)
            {
                return null;
            }

            var index = block.Operations.IndexOf(tryOperation);
            return index >= 0 && index + 1 < block.Operations.Length ? block.Operations[index + 1] : null;
        }

        private static Location Header(CatchClauseSyntax syntax)
        {
            var end = syntax.Declaration?.Span.End ?? syntax.CatchKeyword.Span.End;
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.CatchKeyword.SpanStart, end));
        }

        private static string Describe(IMethodSymbol function, IMethodSymbol member)
        {
            var owner = member.ContainingType is { } type ? $"'{type.Name}.{member.Name}'" : $"'{member.Name}'";
            return function.MethodKind switch
            {
                MethodKind.AnonymousFunction => "A lambda in " + owner,
                MethodKind.LocalFunction => $"'{function.Name}' in {owner}",
                _ => owner,
            };
        }
    }
}
