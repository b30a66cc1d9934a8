using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// Operations that belong to one function: the descendants of a node, without the bodies of the lambdas and local
    /// functions nested in it (their returns and throws are their own). Iterative, so deep code cannot overflow the stack.
    /// </summary>
    internal static class OwnOperations
    {
        public static IEnumerable<IOperation> Of(IOperation root)
        {
            var pending = new Stack<IOperation>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                yield return current;
                foreach (var child in current.ChildOperations)
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        /// <summary>The innermost lambda or local function containing <paramref name="operation"/>, or null when it is the member's own code.</summary>
        public static IMethodSymbol? EnclosingFunction(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IAnonymousFunctionOperation lambda:
                        return lambda.Symbol;
                    case ILocalFunctionOperation local:
                        return local.Symbol;
                }
            }

            return null;
        }
    }
}
