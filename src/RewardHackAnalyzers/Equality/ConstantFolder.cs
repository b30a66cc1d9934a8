using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// Folds a returned value beyond what the compiler folds: `true || x`, `x || true`, `c ? true : true`, switch
    /// expressions whose arms agree, throw expressions, and locals whose every write is the same constant.
    /// User-defined operators and conversions are never folded: they can compute anything.
    /// </summary>
    internal static class ConstantFolder
    {
        private const int CallDepth = 3;

        public static Folded Fold(IOperation value) => Fold(value, NewVisiting());

        /// <summary>
        /// The join of every value <paramref name="body"/> returns: <see cref="Folded.Throws"/> when it returns nothing,
        /// null when its returns cannot be seen (iterators, void returns, broken code).
        /// </summary>
        public static Folded? FoldReturns(IOperation body) => FoldReturns(body, NewVisiting());

        private static HashSet<ISymbol> NewVisiting() => new(SymbolEqualityComparer.Default);

        private static Folded? FoldReturns(IOperation body, HashSet<ISymbol> visiting)
        {
            var values = new List<IOperation>();
            if (FunctionBodies.Unwrap(body) is not { } unwrapped || !FunctionBodies.TryCollectReturnedValues(unwrapped, values))
            {
                return null;
            }

            // Throws is the identity of Join: a body with no returned value stays Throws.
            var folded = Folded.Throws;
            foreach (var value in values)
            {
                folded = folded.Join(Fold(value, visiting));
                if (folded.Kind == FoldedKind.Unknown)
                {
                    break;
                }
            }

            return folded;
        }

        private static Folded Fold(IOperation value, HashSet<ISymbol> visiting)
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
                case IInvocationOperation invocation:
                    return Call(invocation, visiting);
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

        private static Folded Binary(IBinaryOperation binary, HashSet<ISymbol> visiting)
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

        /// <summary>
        /// A call folds to what its target always returns, whatever the arguments, when the target is a source method
        /// that cannot be overridden (`=> Same(this, other)` with `static bool Same(...) => true`). Bounded in depth.
        /// </summary>
        private static Folded Call(IInvocationOperation invocation, HashSet<ISymbol> visiting)
        {
            var target = invocation.TargetMethod;
            var overridable = !target.IsStatic && (target.IsVirtual || target.IsAbstract || target.IsOverride) && !target.IsSealed
                && !target.ContainingType.IsSealed;

            // Another equality member is judged, and reported, on its own: a delegating Equals(object) is not the hack.
            var equalityMember = target.Name is "Equals" or "Compare" or "CompareTo" || target.MethodKind == MethodKind.UserDefinedOperator;
            if (overridable
                || equalityMember
                || visiting.Count(s => s is IMethodSymbol) >= CallDepth
                || invocation.SemanticModel?.Compilation is not { } compilation
                || !visiting.Add(target.OriginalDefinition))
            {
                return Folded.Unknown;
            }

            try
            {
                // Binding is bounded (depth, memoised per compilation); the public API takes no token to pass on.
                var body = MethodBodies.For(compilation).Body(target, System.Threading.CancellationToken.None);
                return body is not null && FoldReturns(body, visiting) is { Kind: not FoldedKind.Throws } folded ? folded : Folded.Unknown;
            }
            finally
            {
                visiting.Remove(target.OriginalDefinition);
            }
        }

        /// <summary>A local folds to a constant when every write to it in its function is that constant.</summary>
        private static Folded Local(ILocalReferenceOperation reference, HashSet<ISymbol> visiting)
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
