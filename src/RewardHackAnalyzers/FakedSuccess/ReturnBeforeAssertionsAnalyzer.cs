using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
    /// RH0102: a test method that returns before its assertions. An unconditional return with assertions after it; or a
    /// return inside <c>if</c> branches whose conditions depend on the result under test, the environment, time or
    /// randomness (<see cref="TestModel.ClassifyCondition"/>), when no assertion runs on the way to it. Returns after the
    /// assertions, in lambdas or local functions, conditions on theory data, and branches that declare an outcome
    /// (<c>Assert.Skip</c>, <c>Assert.Ignore</c>, <c>Assert.Inconclusive</c>) are not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReturnBeforeAssertionsAnalyzer : TestProjectAnalyzer
    {
        /// <summary>Diagnostic property naming the framework skip the fix may write (<see cref="SkipCalls"/>); absent when none fits.</summary>
        public const string SkipCallProperty = "SkipCall";

        /// <summary>Diagnostic property present when the return is unconditional, so removing it is the fix.</summary>
        public const string UnconditionalProperty = "Unconditional";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0102_ReturnBeforeAssertions);

        protected override void OnTestProjectStart(CompilationStartAnalysisContext context, TestModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || !model.IsTestMethod(method))
                {
                    return;
                }

                foreach (var root in block.OperationBlocks)
                {
                    var body = root is IMethodBodyOperation methodBody ? (IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody : root;
                    if (body is IBlockOperation)
                    {
                        Analyze(block, model, method, body);
                    }
                }
            });
        }

        private static void Analyze(OperationBlockAnalysisContext block, TestModel model, IMethodSymbol method, IOperation body)
        {
            // Most tests have no early return: find those first (a cheap walk) and ask the model about assertions only
            // when there is one to judge.
            var earlyReturns = EarlyReturns(body);
            if (earlyReturns.Count == 0)
            {
                return;
            }

            var ct = block.CancellationToken;
            var assertions = new List<IOperation>();
            var outcomes = new List<IOperation>();
            foreach (var operation in body.Descendants())
            {
                if (operation is IReturnOperation || InLocalFunction(operation, body))
                {
                    continue;
                }

                if (model.OutcomeOf(operation, ct) is not null)
                {
                    outcomes.Add(operation);
                }
                else if (operation.Kind is OperationKind.Invocation or OperationKind.Throw or OperationKind.Invalid && model.IsAssertion(operation, ct))
                {
                    assertions.Add(operation);
                }
            }

            if (assertions.Count == 0)
            {
                return;
            }

            foreach (var early in earlyReturns)
            {
                if (Skipped(early, assertions, outcomes, model, ct) is not { } finding)
                {
                    continue;
                }

                var statement = early.Statement;
                var (when, skipped, kind) = finding;
                var properties = ImmutableDictionary<string, string?>.Empty;
                if (early.IsUnconditional)
                {
                    properties = properties.Add(UnconditionalProperty, "true");
                }
                else if (kind == ConditionKind.Environment && SkipCalls.For(model, method) is { } skip)
                {
                    properties = properties.Add(SkipCallProperty, skip);
                }

                block.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0102_ReturnBeforeAssertions, statement.Syntax.GetLocation(), properties, method.Name, when, Describe(skipped)));
                if (early.IsUnconditional)
                {
                    return; // everything after it is unreachable, other returns included
                }
            }
        }

        // The returns of the test's own code that this rule can judge, in source order.
        private static List<EarlyReturn> EarlyReturns(IOperation body)
        {
            var found = new List<EarlyReturn>();
            foreach (var operation in body.Descendants())
            {
                if (operation is IReturnOperation statement && !InLocalFunction(operation, body) && EarlyReturn.Of(statement, body) is { } early)
                {
                    found.Add(early);
                }
            }

            return found;
        }

        private static (string When, List<IOperation> Skipped, ConditionKind Kind)? Skipped(
            EarlyReturn early, List<IOperation> assertions, List<IOperation> outcomes, TestModel model, CancellationToken ct)
        {
            var start = early.Statement.Syntax.SpanStart;
            if (early.IsUnconditional)
            {
                var after = assertions.Where(a => a.Syntax.SpanStart >= early.Statement.Syntax.Span.End).ToList();
                return after.Count == 0 ? null : ("unconditionally", after, ConditionKind.None);
            }

            // The path to the return must run no assertion and declare no outcome (a skip with a reason is honest).
            if (assertions.Any(a => a.Syntax.Span.End <= start && !early.InOtherBranch(a))
                || outcomes.Any(o => early.Branches.Any(b => b.Branch.Syntax.Span.Contains(o.Syntax.Span))))
            {
                return null;
            }

            var kind = ConditionKind.None;
            foreach (var (conditional, _) in early.Branches)
            {
                kind |= model.ClassifyCondition(conditional.Condition, ct);
            }

            return kind == ConditionKind.None ? null : ("when a condition on " + Describe(kind) + " holds", assertions, kind);
        }

        // A local function runs only when called, so nothing in it is on the test's path.
        private static bool InLocalFunction(IOperation operation, IOperation body)
        {
            for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
            {
                if (current is ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Describe(ConditionKind kind)
        {
            var parts = new List<string>();
            if ((kind & ConditionKind.ResultUnderTest) != 0)
            {
                parts.Add("the result under test");
            }

            if ((kind & ConditionKind.Environment) != 0)
            {
                parts.Add("the environment");
            }

            if ((kind & ConditionKind.Time) != 0)
            {
                parts.Add("the time");
            }

            if ((kind & ConditionKind.Randomness) != 0)
            {
                parts.Add("randomness");
            }

            return string.Join(" and ", parts);
        }

        private static string Describe(List<IOperation> skipped)
        {
            var first = skipped[0].SemanticModel is { } semantics
                ? "'" + AssertionDisplay.Of(skipped[0].Syntax, semantics) + "'"
                : "its assertions";
            return skipped.Count switch
            {
                1 => first,
                2 => first + " and 1 more assertion",
                _ => first + " and " + (skipped.Count - 1) + " more assertions",
            };
        }
    }
}
