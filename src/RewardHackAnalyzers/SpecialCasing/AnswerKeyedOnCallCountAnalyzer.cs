using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// RH0205: production code whose constant return value is chosen by comparing a call counter with a literal. The
    /// evidence, all in one member: a mutable static integral field the member steps (<see cref="CallCounters"/>); that
    /// counter compared with a numeric literal (operator, pattern, case label or switch-expression arm); and the comparison
    /// selecting a constant the member returns (an <c>if</c> branch that returns it, a returned conditional or switch
    /// expression with a constant arm). A threshold (&lt;, &gt;, …) that selects a status (<c>bool</c>, <c>null</c>, an enum
    /// member) is a rate limiter or circuit breaker and stays silent; so do counters whose value is returned (ID and
    /// name generators, <c>n == 1 ? "Untitled" : "Untitled " + n</c>), used modulo (round robin), compared with named
    /// limits, or that guard no return.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AnswerKeyedOnCallCountAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0205_AnswerKeyedOnCallCount);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            if (model.IsTestProject)
            {
                return;
            }

            var interlocked = context.Compilation.GetTypeByMetadataName("System.Threading.Interlocked");
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol.ContainingType is { } type && model.IsTestClass(type))
                {
                    return;
                }

                foreach (var root in block.OperationBlocks)
                {
                    // Almost no block steps a static counter: look for one in a single lazy walk, and keep the operations
                    // for the comparisons only when there is one.
                    var counters = CallCounters.In(root.DescendantsAndSelf(), interlocked);
                    if (counters.IsEmpty)
                    {
                        continue;
                    }

                    var operations = root.DescendantsAndSelf().ToList();

                    var returned = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
                    foreach (var operation in operations)
                    {
                        if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value })
                        {
                            returned.UnionWith(counters.ReturnedIn(value, interlocked));
                        }
                    }

                    foreach (var operation in operations)
                    {
                        if (KeyedAnswer(operation, counters, interlocked) is { } keyed && !returned.Contains(keyed.Counter))
                        {
                            block.ReportDiagnostic(Diagnostic.Create(
                                Rules.RH0205_AnswerKeyedOnCallCount,
                                keyed.Test.GetLocation(),
                                Display(block.OwningSymbol),
                                keyed.Answer.Syntax.ToString(),
                                keyed.Counter.Name,
                                keyed.Test.ToString()));
                        }
                    }
                }
            });
        }

        // The constant answer a comparison of a counter with a literal selects, with the comparison and the counter.
        private static (SyntaxNode Test, IOperation Answer, IFieldSymbol Counter)? KeyedAnswer(
            IOperation operation, CallCounters counters, INamedTypeSymbol? interlocked)
        {
            switch (operation)
            {
                case IBinaryOperation binary
                    when CounterComparisons.ComparedWithLiteral(binary, out var threshold) is { } side
                        && counters.CounterOf(side, interlocked) is { } counter
                        && SelectedBy(binary) is { } answer
                        && !(threshold && ConstantAnswers.IsStatus(answer)):
                    return (binary.Syntax, answer, counter);
                case IIsPatternOperation test
                    when CounterComparisons.IsLiteralPattern(test.Pattern, out var threshold)
                        && counters.CounterOf(test.Value, interlocked) is { } counter
                        && SelectedBy(test) is { } answer
                        && !(threshold && ConstantAnswers.IsStatus(answer)):
                    return (test.Syntax, answer, counter);
                case ISwitchOperation statement when counters.CounterOf(statement.Value, interlocked) is { } counter:
                    foreach (var section in statement.Cases)
                    {
                        foreach (var clause in section.Clauses)
                        {
                            if (CounterComparisons.IsLiteralClause(clause, out var threshold)
                                && FirstReturned(section) is { } answer
                                && !(threshold && ConstantAnswers.IsStatus(answer)))
                            {
                                return (clause.Syntax, answer, counter);
                            }
                        }
                    }

                    return null;
                case ISwitchExpressionOperation expression
                    when counters.CounterOf(expression.Value, interlocked) is { } counter && ConstantAnswers.IsReturned(expression):
                    foreach (var arm in expression.Arms)
                    {
                        if (arm.Guard is null
                            && CounterComparisons.IsLiteralPattern(arm.Pattern, out var threshold)
                            && ConstantAnswers.IsConstant(arm.Value)
                            && !(threshold && ConstantAnswers.IsStatus(arm.Value)))
                        {
                            return (arm.Syntax, arm.Value, counter);
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        // The constant answer chosen by the branch whose condition is (or is part of) the test: an if branch returning a
        // constant (or the return that follows an if that always leaves), or a returned conditional expression with a
        // constant arm.
        private static IOperation? SelectedBy(IOperation test)
        {
            var current = test;
            var parent = current.Parent;
            while (parent is IConversionOperation or IUnaryOperation { OperatorKind: UnaryOperatorKind.Not }
                or IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr })
            {
                current = parent;
                parent = current.Parent;
            }

            if (parent is not IConditionalOperation conditional || conditional.Condition != current)
            {
                return null;
            }

            if (conditional.Type is null)
            {
                return ConstantAnswers.ReturnedBy(conditional.WhenTrue)
                    ?? ConstantAnswers.ReturnedBy(conditional.WhenFalse)
                    ?? ConstantAnswers.ReturnedAfter(conditional);
            }

            if (!ConstantAnswers.IsReturned(conditional))
            {
                return null;
            }

            return ConstantAnswers.IsConstant(conditional.WhenTrue) ? conditional.WhenTrue
                : conditional.WhenFalse is { } whenFalse && ConstantAnswers.IsConstant(whenFalse) ? whenFalse
                : null;
        }

        private static IOperation? FirstReturned(ISwitchCaseOperation section)
        {
            foreach (var statement in section.Body)
            {
                if (ConstantAnswers.ReturnedBy(statement) is { } answer)
                {
                    return answer;
                }
            }

            return null;
        }

        private static string Display(ISymbol owner)
        {
            var member = owner is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : owner;
            return member.ContainingType is { } type ? type.Name + "." + member.Name : member.Name;
        }
    }
}
