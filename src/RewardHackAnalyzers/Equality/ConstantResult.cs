using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// What a function body returns, after constant folding. The body may be an <see cref="IMethodBodyOperation"/>,
    /// a block, an expression body, a lambda, a local function or a delegate creation.
    /// Paths that throw are ignored when at least one path returns; a body that only throws returns nothing.
    /// </summary>
    public static class ConstantResult
    {
        /// <summary>
        /// True when every value the body can return folds to <paramref name="expected"/> (a bool or an integer):
        /// `true`, `!false`, `1 == 1`, `true || x`, `x || true`, `c ? true : true`, a switch expression whose arms all
        /// agree, a local only ever assigned the constant.
        /// </summary>
        public static bool AlwaysReturns(IOperation body, object expected) =>
            TryFoldReturns(body, out var result) && result.Is(expected);

        /// <summary>
        /// True when some path may return <paramref name="expected"/>: a return value that is not known to be a
        /// different constant. False for a body that only throws and for bodies whose returns cannot be seen.
        /// </summary>
        public static bool MayReturn(IOperation body, object expected)
        {
            var values = new List<IOperation>();
            if (FunctionBodies.Unwrap(body) is not { } unwrapped || !FunctionBodies.TryCollectReturnedValues(unwrapped, values))
            {
                return false;
            }

            foreach (var value in values)
            {
                var folded = ConstantFolder.Fold(value);
                if (folded.Kind == FoldedKind.Unknown || folded.Is(expected))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True, with the constant, when every value the body can return folds to one constant.</summary>
        public static bool ReturnsConstant(IOperation body, out object? value)
        {
            value = null;
            if (!TryFoldReturns(body, out var result) || result.Kind != FoldedKind.Constant)
            {
                return false;
            }

            value = result.Value;
            return true;
        }

        /// <summary>
        /// True when the body reads <paramref name="parameter"/> anywhere, nested lambdas included; `nameof(p)` and
        /// plain assignments to it are not reads.
        /// </summary>
        public static bool ReadsParameter(IOperation body, IParameterSymbol parameter)
        {
            if (FunctionBodies.Unwrap(body) is not { } unwrapped)
            {
                return false;
            }

            foreach (var operation in unwrapped.DescendantsAndSelf())
            {
                if (operation is IParameterReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)
                    && !IsWriteOnly(reference)
                    && !InsideNameOf(reference))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool TryFoldReturns(IOperation body, out Folded result)
        {
            result = Folded.Unknown;
            var values = new List<IOperation>();
            if (FunctionBodies.Unwrap(body) is not { } unwrapped || !FunctionBodies.TryCollectReturnedValues(unwrapped, values))
            {
                return false;
            }

            // Throws is the identity of Join: a body with no returned value stays Throws and never "returns" anything.
            var folded = Folded.Throws;
            foreach (var value in values)
            {
                folded = folded.Join(ConstantFolder.Fold(value));
                if (folded.Kind == FoldedKind.Unknown)
                {
                    return false;
                }
            }

            result = folded;
            return folded.Kind == FoldedKind.Constant;
        }

        private static bool IsWriteOnly(IParameterReferenceOperation reference) =>
            reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;

        private static bool InsideNameOf(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
