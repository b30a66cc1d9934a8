using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// Recognises a comparison that only leaves items out of a scan: assembly scanning that skips the test framework's
    /// assemblies (<c>.Where(a => !a.FullName.StartsWith("xunit"))</c>, or <c>if (…) continue;</c> in a <c>foreach</c>)
    /// behaves the same in every run that matters; it just does not register the framework's types.
    /// </summary>
    internal static class ExclusionFilters
    {
        public static bool IsExclusion(IOperation comparison) => InNegatedWhere(comparison) || SkipsLoopItem(comparison);

        // '!x.StartsWith(…)', 'x != "…"' or 'x is not "…"', possibly beside other conditions, as the body of a Where lambda.
        private static bool InNegatedWhere(IOperation comparison)
        {
            var negated = comparison is IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals }
                || comparison is IIsPatternOperation { Pattern: INegatedPatternOperation };
            var current = comparison;
            while (current.Parent is { } parent)
            {
                switch (parent)
                {
                    case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not }:
                        negated = true;
                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd }:
                    case IParenthesizedOperation:
                    case IConversionOperation:
                    case IReturnOperation:
                    case IBlockOperation:
                        break;
                    case IAnonymousFunctionOperation lambda:
                        return negated && IsWhereArgument(lambda);
                    default:
                        return false;
                }

                current = parent;
            }

            return false;
        }

        private static bool IsWhereArgument(IAnonymousFunctionOperation lambda)
        {
            var argument = lambda.Parent is IDelegateCreationOperation creation ? creation.Parent : lambda.Parent;
            return argument is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Where" } };
        }

        // 'if (a.FullName.StartsWith("xunit")) continue;' (alone or or-ed with other conditions) inside a foreach.
        private static bool SkipsLoopItem(IOperation comparison)
        {
            var current = comparison;
            while (current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            return current.Parent is IConditionalOperation conditional
                && conditional.Condition == current
                && conditional.WhenFalse is null
                && IsContinue(conditional.WhenTrue);
        }

        private static bool IsContinue(IOperation operation) => operation switch
        {
            IBranchOperation branch => branch.BranchKind == BranchKind.Continue,
            IBlockOperation { Operations.Length: 1 } block => IsContinue(block.Operations[0]),
            _ => false,
        };
    }
}
