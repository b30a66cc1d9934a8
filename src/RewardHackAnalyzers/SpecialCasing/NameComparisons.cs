using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// The ways C# compares a value with a constant string: <c>==</c>/<c>!=</c>; <c>Equals</c>, <c>Contains</c>,
    /// <c>StartsWith</c>, <c>EndsWith</c>, <c>IndexOf</c>, <c>Compare</c>, <c>Regex.IsMatch</c> and the like, including a
    /// constant array's <c>Contains</c>; <c>is</c> patterns; <c>switch</c> statement labels and switch expression arms.
    /// </summary>
    internal static class NameComparisons
    {
        private static readonly ImmutableHashSet<string> ComparingMethods = ImmutableHashSet.Create(
            "Equals", "Contains", "ContainsKey", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf",
            "Compare", "CompareOrdinal", "IsMatch", "Match", "Matches");

        /// <summary>The comparisons <paramref name="operation"/> makes.</summary>
        public static IEnumerable<NameComparison> In(IOperation operation)
        {
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                    return Pair(binary.LeftOperand, binary.RightOperand, binary.Syntax);
                case IInvocationOperation invocation when ComparingMethods.Contains(invocation.TargetMethod.Name):
                    return Operands(invocation);
                case IIsPatternOperation isPattern:
                    return Patterns(isPattern.Value, isPattern.Pattern, isPattern.Syntax);
                case ISwitchOperation switchStatement:
                    return Cases(switchStatement);
                case ISwitchExpressionOperation switchExpression:
                    return Arms(switchExpression);
                default:
                    return ImmutableArray<NameComparison>.Empty;
            }
        }

        private static IEnumerable<NameComparison> Pair(IOperation left, IOperation right, SyntaxNode location)
        {
            foreach (var (name, holder) in Constants(right))
            {
                yield return new NameComparison(left, name, holder, location);
            }

            foreach (var (name, holder) in Constants(left))
            {
                yield return new NameComparison(right, name, holder, location);
            }
        }

        // Every operand (receiver and arguments) that holds a constant is compared with every other operand.
        private static IEnumerable<NameComparison> Operands(IInvocationOperation invocation)
        {
            var operands = new List<IOperation>();
            if (invocation.Instance is not null)
            {
                operands.Add(invocation.Instance);
            }

            foreach (var argument in invocation.Arguments)
            {
                operands.Add(argument.Value);
            }

            for (var i = 0; i < operands.Count; i++)
            {
                foreach (var (name, holder) in Constants(operands[i]))
                {
                    for (var j = 0; j < operands.Count; j++)
                    {
                        if (j != i)
                        {
                            yield return new NameComparison(operands[j], name, holder, invocation.Syntax);
                        }
                    }
                }
            }
        }

        private static IEnumerable<NameComparison> Patterns(IOperation value, IPatternOperation pattern, SyntaxNode location)
        {
            foreach (var (name, holder) in PatternConstants(pattern))
            {
                yield return new NameComparison(value, name, holder, location);
            }
        }

        private static IEnumerable<NameComparison> Cases(ISwitchOperation switchStatement)
        {
            foreach (var section in switchStatement.Cases)
            {
                foreach (var clause in section.Clauses)
                {
                    var comparisons = clause switch
                    {
                        ISingleValueCaseClauseOperation single => Pair(switchStatement.Value, single.Value, clause.Syntax),
                        IPatternCaseClauseOperation patternClause => Patterns(switchStatement.Value, patternClause.Pattern, clause.Syntax),
                        _ => ImmutableArray<NameComparison>.Empty,
                    };
                    foreach (var comparison in comparisons)
                    {
                        yield return comparison;
                    }
                }
            }
        }

        private static IEnumerable<NameComparison> Arms(ISwitchExpressionOperation switchExpression)
        {
            foreach (var arm in switchExpression.Arms)
            {
                foreach (var comparison in Patterns(switchExpression.Value, arm.Pattern, arm.Pattern.Syntax))
                {
                    yield return comparison;
                }
            }
        }

        // 'is "a" or "b"', 'is not "a"', 'case "a" when …'; other patterns compare no names.
        private static IEnumerable<(string Name, IOperation Holder)> PatternConstants(IPatternOperation pattern)
        {
            var pending = new Stack<IPatternOperation>();
            pending.Push(pattern);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case IConstantPatternOperation constant:
                        foreach (var found in Constants(constant.Value))
                        {
                            yield return found;
                        }

                        break;
                    case IBinaryPatternOperation binary:
                        pending.Push(binary.RightPattern);
                        pending.Push(binary.LeftPattern);
                        break;
                    case INegatedPatternOperation negated:
                        pending.Push(negated.Pattern);
                        break;
                }
            }
        }

        // A constant string, or each constant string of an array created in place ('new[] { "xunit", "nunit" }.Contains(x)').
        private static IEnumerable<(string Name, IOperation Holder)> Constants(IOperation operand)
        {
            var value = Unwrapped(operand);
            if (value.ConstantValue is { HasValue: true, Value: string text })
            {
                yield return (text, value);
                yield break;
            }

            if (value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    if (Unwrapped(element).ConstantValue is { HasValue: true, Value: string elementText })
                    {
                        yield return (elementText, element);
                    }
                }
            }
        }

        private static IOperation Unwrapped(IOperation operation)
        {
            while (operation is IConversionOperation { Operand: var operand })
            {
                operation = operand;
            }

            return operation;
        }
    }
}
