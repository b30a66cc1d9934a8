using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// Folds a returned value beyond what the compiler folds: `true || x`, `x || true`, `c ? true : true`, switch
    /// expressions whose arms agree, throw expressions, and locals whose every write is the same constant.
    /// User-defined operators and conversions are never folded: they can compute anything.
    /// </summary>
    internal static class ConstantFolder
    {
        public static Folded Fold(IOperation value) => Fold(value, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));

        private static Folded Fold(IOperation value, HashSet<ILocalSymbol> visiting)
        {
            if (value.ConstantValue.HasValue)
            {
                return Folded.Constant(value.ConstantValue.Value);
            }

            switch (value)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    return Fold(conversion.Operand, visiting);
                case IParenthesizedOperation parenthesized:
                    return Fold(parenthesized.Operand, visiting);
                case IThrowOperation:
                    return Folded.Throws;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } not:
                    return Not(Fold(not.Operand, visiting));
                case IBinaryOperation { OperatorMethod: null } binary:
                    return Binary(binary, visiting);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    var condition = Fold(conditional.Condition, visiting);
                    if (condition.Is(true))
                    {
                        return Fold(conditional.WhenTrue, visiting);
                    }

                    return condition.Is(false)
                        ? Fold(whenFalse, visiting)
                        : Fold(conditional.WhenTrue, visiting).Join(Fold(whenFalse, visiting));
                case ISwitchExpressionOperation switchExpression:
                    var arms = Folded.Throws;
                    foreach (var arm in switchExpression.Arms)
                    {
                        arms = arms.Join(Fold(arm.Value, visiting));
                    }

                    return arms.Kind == FoldedKind.Throws && switchExpression.Arms.Length == 0 ? Folded.Unknown : arms;
                case ILocalReferenceOperation local:
                    return Local(local, visiting);
                default:
                    return Folded.Unknown;
            }
        }

        private static Folded Not(Folded operand) => operand switch
        {
            { Kind: FoldedKind.Constant, Value: bool b } => Folded.Constant(!b),
            { Kind: FoldedKind.Throws } => Folded.Throws,
            _ => Folded.Unknown,
        };

        private static Folded Binary(IBinaryOperation binary, HashSet<ILocalSymbol> visiting)
        {
            // Only boolean `||`, `|`, `&&`, `&`: an absorbing constant on either side decides the result.
            bool absorbing;
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.ConditionalOr:
                case BinaryOperatorKind.Or:
                    absorbing = true;
                    break;
                case BinaryOperatorKind.ConditionalAnd:
                case BinaryOperatorKind.And:
                    absorbing = false;
                    break;
                default:
                    return Folded.Unknown;
            }

            if (binary.Type?.SpecialType != SpecialType.System_Boolean)
            {
                return Folded.Unknown;
            }

            var left = Fold(binary.LeftOperand, visiting);
            if (left.Is(absorbing) || left.Kind == FoldedKind.Throws)
            {
                return left;
            }

            var right = Fold(binary.RightOperand, visiting);
            if (right.Is(absorbing))
            {
                return right;
            }

            // The left side is the neutral constant, so the right side decides; otherwise nothing is known.
            return left.Is(!absorbing) ? right : Folded.Unknown;
        }

        /// <summary>A local folds to a constant when every write to it in its function is that constant.</summary>
        private static Folded Local(ILocalReferenceOperation reference, HashSet<ILocalSymbol> visiting)
        {
            var local = reference.Local;
            if (local.IsRef || !visiting.Add(local))
            {
                return Folded.Unknown;
            }

            try
            {
                IOperation top = reference;
                while (top.Parent is not null)
                {
                    top = top.Parent;
                }

                var writes = Folded.Throws;
                var written = false;
                var declared = false;
                foreach (var operation in top.Descendants())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                            if (declarator.Parent is ILoopOperation)
                            {
                                return Folded.Unknown;
                            }

                            declared = true;
                            if (declarator.Initializer is { } initializer)
                            {
                                writes = writes.Join(Fold(initializer.Value, visiting));
                                written = true;
                            }

                            break;
                        case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local):
                            switch (use.Parent)
                            {
                                case ISimpleAssignmentOperation assignment when assignment.Target == use:
                                    writes = writes.Join(Fold(assignment.Value, visiting));
                                    written = true;
                                    break;
                                case IAssignmentOperation assignment when assignment.Target == use:
                                case IIncrementOrDecrementOperation:
                                case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
                                case IDeclarationExpressionOperation:
                                case ITupleOperation:
                                    return Folded.Unknown;
                            }

                            break;
                    }
                }

                // A local without a declarator (a pattern or catch variable) is also written by what declares it.
                return declared && written ? writes : Folded.Unknown;
            }
            finally
            {
                visiting.Remove(local);
            }
        }
    }
}
