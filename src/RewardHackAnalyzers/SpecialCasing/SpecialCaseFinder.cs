using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// Reads one method body: the branches that return a literal for a literal input (<see cref="SpecialCase"/>),
    /// whether some other return computes from the parameters (the general path), and whether the method recurses
    /// (its literal branches are then base cases). Lambdas and local functions are other functions and are not read.
    /// </summary>
    internal sealed class SpecialCaseFinder
    {
        private readonly IMethodSymbol method;
        private readonly List<SpecialCase> cases = new();
        private readonly List<IOperation> generalResults = new();
        private readonly List<IOperation> literalResults = new();
        private bool throws;

        private SpecialCaseFinder(IMethodSymbol method) => this.method = method;

        public ImmutableArray<SpecialCase> Cases => cases.ToImmutableArray();

        /// <summary>True when some return computes its value from the parameters or locals.</summary>
        public bool HasGeneralPath => generalResults.Count > 0;

        /// <summary>
        /// True when a special case is an arm of a switch expression with two or more computing arms: a set of rules with
        /// an irregular form among them (a grammar's exceptions), not a special case in front of one computation.
        /// </summary>
        public bool IsRuleSet { get; private set; }

        /// <summary>
        /// The one returned value computed from the inputs, when every other way out of the method is a special case:
        /// no other literal return and no throw. Then it is what the method would return for a special case's input.
        /// </summary>
        public IOperation? SoleGeneralResult =>
            generalResults.Count == 1 && !throws
            && literalResults.TrueForAll(r => cases.Exists(c => c.Result.WithoutConversions() == r))
                ? generalResults[0]
                : null;

        /// <summary>
        /// How many switch arms and case labels answer with a literal, whatever their keys (trivial, enum members, guards):
        /// the entries of the method's tables.
        /// </summary>
        public int LiteralSwitchEntries { get; private set; }

        public bool IsRecursive { get; private set; }

        public bool IsIterator { get; private set; }

        public static SpecialCaseFinder Find(IOperation body, IMethodSymbol method, CancellationToken cancellationToken)
        {
            var finder = new SpecialCaseFinder(method);
            var pending = new Stack<IOperation>();
            pending.Push(body);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var operation = pending.Pop();
                finder.Visit(operation);
                foreach (var child in operation.ChildOperations)
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        pending.Push(child);
                    }
                }
            }

            return finder;
        }

        private void Visit(IOperation operation)
        {
            switch (operation)
            {
                case IConditionalOperation { Type: null } statement when ReturnedLiteral(statement.WhenTrue) is { } result:
                    Add(KeyedConditions.FromCondition(statement.Condition, method), result);
                    break;
                case IConditionalOperation { Type: not null } expression when IsReturned(expression) && LiteralResults.IsLiteral(expression.WhenTrue):
                    Add(KeyedConditions.FromCondition(expression.Condition, method), expression.WhenTrue);
                    break;
                case ISwitchOperation switchStatement:
                    VisitSwitch(switchStatement);
                    break;
                case ISwitchExpressionOperation switchExpression when IsReturned(switchExpression):
                    VisitSwitchExpression(switchExpression);
                    break;
                case IReturnOperation { Kind: OperationKind.YieldReturn }:
                    IsIterator = true;
                    break;
                case IReturnOperation { ReturnedValue: { } returned }:
                    CollectResults(returned);
                    break;
                case IThrowOperation:
                    throws = true;
                    break;
                case IInvocationOperation invocation
                    when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method.OriginalDefinition):
                    IsRecursive = true;
                    break;
            }
        }

        private void VisitSwitchExpression(ISwitchExpressionOperation switchExpression)
        {
            var casesBefore = cases.Count;
            var computingArms = 0;
            foreach (var arm in switchExpression.Arms)
            {
                if (LiteralResults.IsLiteral(arm.Value) && arm.Pattern is not IDiscardPatternOperation)
                {
                    LiteralSwitchEntries++;
                }

                if (arm.Guard is null && LiteralResults.IsLiteral(arm.Value))
                {
                    Add(KeyedConditions.FromPattern(arm.Pattern, switchExpression.Value, method), arm.Value);
                }
                else if (LiteralResults.IsComputed(arm.Value, method))
                {
                    computingArms++;
                }
            }

            IsRuleSet |= cases.Count > casesBefore && computingArms >= 2;
        }

        private void VisitSwitch(ISwitchOperation switchStatement)
        {
            foreach (var section in switchStatement.Cases)
            {
                if (section.Body.Length == 0 || ReturnedLiteral(section.Body[0]) is not { } result)
                {
                    continue;
                }

                foreach (var clause in section.Clauses)
                {
                    if (clause.CaseKind != CaseKind.Default)
                    {
                        LiteralSwitchEntries++;
                    }

                    Add(KeyedConditions.FromCaseClause(clause, switchStatement.Value, method), result);
                }
            }
        }

        private void Add(ImmutableArray<KeySet> inputs, IOperation result)
        {
            if (!inputs.IsEmpty)
            {
                cases.Add(new SpecialCase(inputs, result));
            }
        }

        // A returned conditional or switch expression counts by its branches: `x == 5 ? 42 : x * 2` has a general path.
        private void CollectResults(IOperation returned)
        {
            var pending = new Stack<IOperation>();
            pending.Push(returned.WithoutConversions());
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case IConditionalOperation conditional:
                        pending.Push(conditional.WhenTrue.WithoutConversions());
                        if (conditional.WhenFalse is { } whenFalse)
                        {
                            pending.Push(whenFalse.WithoutConversions());
                        }

                        break;
                    case ISwitchExpressionOperation switchExpression:
                        foreach (var arm in switchExpression.Arms)
                        {
                            pending.Push(arm.Value.WithoutConversions());
                        }

                        break;
                    case IThrowOperation:
                        throws = true;
                        break;
                    case var leaf when LiteralResults.IsLiteral(leaf):
                        literalResults.Add(leaf);
                        break;
                    case var leaf when LiteralResults.IsComputed(leaf, method):
                        generalResults.Add(leaf);
                        break;
                }
            }
        }

        // `return 42;` or `{ return 42; }`.
        private static IOperation? ReturnedLiteral(IOperation branch)
        {
            var statement = branch is IBlockOperation { Operations.Length: 1 } block ? block.Operations[0] : branch;
            return statement is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value } && LiteralResults.IsLiteral(value)
                ? value
                : null;
        }

        // The value of a return: directly, or as a branch of a returned conditional or switch expression.
        private static bool IsReturned(IOperation operation)
        {
            var current = operation;
            while (current.Parent is { } parent)
            {
                switch (parent)
                {
                    case IConversionOperation:
                    case IConditionalOperation conditional when conditional.Condition != current:
                    case ISwitchExpressionOperation switchExpression when switchExpression.Value != current:
                    case ISwitchExpressionArmOperation arm when arm.Value == current:
                        current = parent;
                        continue;
                    case IReturnOperation:
                        return true;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
