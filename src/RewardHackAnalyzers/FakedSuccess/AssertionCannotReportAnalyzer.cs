using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// RH0106: an assertion whose failure cannot reach the test: an awaitable assertion whose task is discarded, an
    /// assertion in an async void method or lambda, in a fire-and-forget <c>Task.Run</c>/<c>StartNew</c>, or in a
    /// <c>[Conditional]</c> method whose symbol is not defined. An async lambda returning a task carries its failure in
    /// that task, so the search stops there; xUnit v2 awaits async void test methods itself, so those are not flagged.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AssertionCannotReportAnalyzer : RewardHackAnalyzer
    {
        /// <summary>Set when awaiting the expression at the diagnostic's first additional location would let the failure report.</summary>
        public const string AwaitProperty = "RH0106.Await";

        private static readonly ImmutableDictionary<string, string?> AwaitFix =
            ImmutableDictionary<string, string?>.Empty.Add(AwaitProperty, string.Empty);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0106_AssertionCannotReport);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            var conditionals = new UndefinedConditionals(model.Types);
            context.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    var cancellationToken = operation.CancellationToken;
                    if (DiscardedTasks.IsDiscarded(invocation))
                    {
                        if (DiscardedTasks.StartsTask(invocation.TargetMethod))
                        {
                            ReportHelperGroups(operation, model, invocation);
                        }
                        else if (DiscardedTasks.IsAwaitable(invocation.Type) && AssertsInChain(model, invocation, cancellationToken))
                        {
                            Report(operation, invocation.Syntax, Display(invocation), "returns a task that is never awaited", invocation);
                            return;
                        }
                    }

                    // A local function's own assertions are judged where they stand; a call to it would report them twice.
                    if (invocation.TargetMethod.MethodKind == MethodKind.LocalFunction)
                    {
                        return;
                    }

                    // Where the call stands is cheap to judge; whether it asserts may bind the bodies of the helpers it
                    // calls, so that is asked only of a call whose failure could not report.
                    var member = Member(operation.ContainingSymbol);
                    var symbol = member is null ? null : conditionals.Of(member, cancellationToken);
                    var deadEnd = symbol is null ? DeadEnd(invocation, member, model) : null;
                    if ((symbol is null && deadEnd is null) || !model.IsAssertion(invocation, cancellationToken))
                    {
                        return;
                    }

                    if (member is not null && symbol is not null)
                    {
                        Report(operation, invocation.Syntax, Display(invocation), $"is in '{member.Name}', whose [Conditional(\"{symbol}\")] symbol is not defined", null);
                    }
                    else if (deadEnd is { } found)
                    {
                        Report(operation, invocation.Syntax, Display(invocation), found.Reason, found.Run);
                    }
                },
                OperationKind.Invocation);
        }

        // Walks out through the enclosing functions until one swallows the failure or one carries it in a task.
        private static (string Reason, IOperation? Run)? DeadEnd(IInvocationOperation invocation, IMethodSymbol? member, TestModel model)
        {
            for (var current = invocation.Parent; current is not null; current = current.Parent)
            {
                var function = current switch
                {
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    ILocalFunctionOperation local => local.Symbol,
                    _ => null,
                };
                if (function is null)
                {
                    continue;
                }

                if (function.IsAsync && function.ReturnsVoid)
                {
                    return (function.MethodKind == MethodKind.LocalFunction ? $"runs in async void '{function.Name}'" : "runs in an async void lambda", null);
                }

                if (current is IAnonymousFunctionOperation && FireAndForget(current) is { } run)
                {
                    return ($"runs in a {Display(run)} that is never awaited", run);
                }

                if (function.IsAsync)
                {
                    return null;
                }
            }

            return member is { IsAsync: true, ReturnsVoid: true } && !AwaitedByFramework(member, model)
                ? ($"runs in async void '{member.Name}'", null)
                : null;
        }

        // Task.Run(() => …) or Task.Factory.StartNew(() => …) whose task is discarded.
        private static IInvocationOperation? FireAndForget(IOperation lambda)
        {
            var current = lambda.Parent;
            while (current is IDelegateCreationOperation or IConversionOperation)
            {
                current = current.Parent;
            }

            return current is IArgumentOperation { Parent: IInvocationOperation run }
                && DiscardedTasks.StartsTask(run.TargetMethod)
                && DiscardedTasks.IsDiscarded(run)
                ? run
                : null;
        }

        // _ = Task.Run(CheckTotals): a method group that asserts, started and forgotten.
        private static void ReportHelperGroups(OperationAnalysisContext context, TestModel model, IInvocationOperation run)
        {
            foreach (var argument in run.Arguments)
            {
                if (argument.Value is IDelegateCreationOperation { Target: IMethodReferenceOperation reference }
                    && model.IsAssertionHelper(reference.Method, context.CancellationToken))
                {
                    Report(context, reference.Syntax, reference.Method.Name, $"runs in a {Display(run)} that is never awaited", run);
                }
            }
        }

        // xUnit v2 waits for async void test methods and reports their failures; v3, NUnit and MSTest do not.
        private static bool AwaitedByFramework(IMethodSymbol method, TestModel model) =>
            (model.Frameworks & TestFrameworks.XunitV2) != 0 && model.IsTestMethod(method);

        // The assertion may sit down the receiver chain: TUnit's Assert.That(x).IsEqualTo(1) is awaited as a whole.
        private static bool AssertsInChain(TestModel model, IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            IOperation? current = invocation;
            for (var step = 0; step < 32 && current is IInvocationOperation call; step++)
            {
                if (model.IsAssertion(call, cancellationToken))
                {
                    return true;
                }

                current = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                while (current is IConversionOperation { IsImplicit: true } conversion)
                {
                    current = conversion.Operand;
                }
            }

            return false;
        }

        private static IMethodSymbol? Member(ISymbol? symbol)
        {
            while (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            return symbol as IMethodSymbol;
        }

        private static string Display(IOperation invocation) =>
            invocation.SemanticModel is { } semanticModel ? AssertionDisplay.Of(invocation.Syntax, semanticModel) : invocation.Syntax.ToString();

        // The expression to await is the reported one (an unawaited assertion) or an additional location (a Task.Run).
        private static void Report(OperationAnalysisContext context, SyntaxNode at, string assertion, string reason, IOperation? awaitTarget) =>
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0106_AssertionCannotReport,
                at.GetLocation(),
                awaitTarget is null || awaitTarget.Syntax == at ? null : new[] { awaitTarget.Syntax.GetLocation() },
                awaitTarget is null ? null : AwaitFix,
                assertion,
                reason));
    }
}
