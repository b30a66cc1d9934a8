using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// RH0104: a test method that declares its own verdict: a pass (<c>Assert.Pass</c>, <c>SuccessException</c>), an
    /// assertion of the literal it expects (<c>Assert.True(true)</c>), or a skip, ignore or inconclusive that is
    /// unconditional, conditioned on the result under test, or raised from a catch-all around it. Skips conditioned on
    /// the environment, time, randomness or theory data are legitimate. Only the test method's own statements count:
    /// lambdas (<c>Assert.Throws&lt;SuccessException&gt;(() =&gt; Assert.Pass())</c>, a test of the framework) and helpers do not.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ForcedPassAnalyzer : TestProjectAnalyzer
    {
        /// <summary>Set when the reported statement stands directly in the test's body beside other statements, so removing it leaves a test.</summary>
        public const string RemovableProperty = "RH0104.Removable";

        private static readonly ImmutableDictionary<string, string?> Removable =
            ImmutableDictionary<string, string?>.Empty.Add(RemovableProperty, string.Empty);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0104_ForcedPass);

        protected override void OnTestProjectStart(CompilationStartAnalysisContext context, TestModel model)
        {
            var exception = context.Compilation.GetTypeByMetadataName("System.Exception");
            context.RegisterOperationBlockStartAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || !model.IsTestMethod(method))
                {
                    return;
                }

                // Only calls and throws can declare a verdict: the driver hands over just those, so a test is not walked twice.
                block.RegisterOperationAction(
                    action =>
                    {
                        var operation = action.Operation;
                        if (OwnRoot(operation) is not { } root
                            || Verdict(operation, model, exception, action.CancellationToken) is not { } verdict)
                        {
                            return;
                        }

                        var body = (root as IMethodBodyOperation)?.BlockBody ?? (root as IMethodBodyOperation)?.ExpressionBody ?? root as IBlockOperation;
                        action.ReportDiagnostic(Diagnostic.Create(
                            Rules.RH0104_ForcedPass,
                            operation.Syntax.GetLocation(),
                            IsRemovable(operation, body) ? Removable : null,
                            verdict.Display,
                            verdict.Reason));
                    },
                    OperationKind.Invocation,
                    OperationKind.Throw,
                    OperationKind.Invalid);
            });
        }

        // The root of the block when the operation is the test method's own code; null inside a lambda or local function.
        private static IOperation? OwnRoot(IOperation operation)
        {
            var current = operation;
            while (current.Parent is { } parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return null;
                }

                current = parent;
            }

            return current;
        }

        private static (string Display, string Reason)? Verdict(IOperation operation, TestModel model, INamedTypeSymbol? exception, CancellationToken cancellationToken)
        {
            if (operation is not (IInvocationOperation or IThrowOperation or IInvalidOperation))
            {
                return null;
            }

            if (operation is IInvocationOperation invocation && LiteralAssertions.LiteralOf(invocation, model) is { } literal)
            {
                return (Display(invocation), $"asserts the literal '{literal}'");
            }

            var outcome = model.OutcomeOf(operation, cancellationToken);
            if (outcome is null)
            {
                return null;
            }

            var display = operation is IThrowOperation thrown ? TestModel.ThrownType(thrown)?.Name ?? "throw" : Display(operation);
            if (outcome == TestOutcome.Pass)
            {
                return (display, "passes the test");
            }

            var when = When(operation, model, exception, cancellationToken);
            return when is null ? null : (display, Verb(outcome.Value) + " " + when);
        }

        // Why the skip happens: null when it is conditioned only on the environment, time, randomness or theory data.
        private static string? When(IOperation operation, TestModel model, INamedTypeSymbol? exception, CancellationToken cancellationToken)
        {
            var conditions = new List<IOperation>();
            var probed = false;
            if (model.OutcomeCondition(operation) is { } own)
            {
                if (own.ConstantValue is { HasValue: true, Value: bool constant })
                {
                    var skipsWhenTrue = !((IInvocationOperation)operation).TargetMethod.Name.EndsWith("Unless", System.StringComparison.Ordinal);
                    if (constant != skipsWhenTrue)
                    {
                        return null;
                    }
                }
                else
                {
                    conditions.Add(own);
                }
            }

            for (var current = operation; current.Parent is { } parent; current = parent)
            {
                switch (parent)
                {
                    case IConditionalOperation conditional when current != conditional.Condition:
                        conditions.Add(conditional.Condition);
                        break;
                    case ICatchClauseOperation handler when current == handler.Handler:
                        if (CatchesEverything(handler, model, exception))
                        {
                            return "when the code under test throws";
                        }

                        // A specific exception (PlatformNotSupportedException) or a filter is a probe of its own.
                        probed |= handler.Filter is null;
                        if (handler.Filter is { } filter)
                        {
                            conditions.Add(filter);
                        }

                        break;
                }
            }

            if (conditions.Count == 0 && !probed)
            {
                return "unconditionally";
            }

            foreach (var condition in conditions)
            {
                if ((model.ClassifyCondition(condition, cancellationToken) & ConditionKind.ResultUnderTest) != 0)
                {
                    return "when the result under test says so";
                }
            }

            return null;
        }

        // A catch-all (or a catch of assertion failures) around the test's code fires when that code fails.
        private static bool CatchesEverything(ICatchClauseOperation handler, TestModel model, INamedTypeSymbol? exception) =>
            handler.Filter is null
            && (handler.ExceptionType.SpecialType == SpecialType.System_Object
            || SymbolEqualityComparer.Default.Equals(handler.ExceptionType, exception)
                || model.IsAssertionException(handler.ExceptionType));

        private static string Verb(TestOutcome outcome) => outcome switch
        {
            TestOutcome.Ignore => "ignores the test",
            TestOutcome.Inconclusive => "makes the test inconclusive",
            _ => "skips the test",
        };

        private static bool IsRemovable(IOperation operation, IOperation? body)
        {
            var statement = operation.Parent is IExpressionStatementOperation expression ? expression : operation;
            return body is IBlockOperation block && statement.Parent == block && block.Operations.Length > 1;
        }

        private static string Display(IOperation invocation) =>
            invocation.SemanticModel is { } semanticModel ? AssertionDisplay.Of(invocation.Syntax, semanticModel) : invocation.Syntax.ToString();
    }
}
