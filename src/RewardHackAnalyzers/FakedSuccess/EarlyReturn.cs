using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// Where an explicit <c>return</c> of a test body sits: reached unconditionally, or through <c>if</c> branches only.
    /// Returns inside loops, switches, catch or finally clauses, lambdas and local functions have no path this rule can
    /// judge and yield null.
    /// </summary>
    internal sealed class EarlyReturn
    {
        private EarlyReturn(IReturnOperation statement, IReadOnlyList<(IConditionalOperation If, IOperation Branch)> branches)
        {
            Statement = statement;
            Branches = branches;
        }

        public IReturnOperation Statement { get; }

        /// <summary>The <c>if</c> statements the return sits in, innermost first, with the branch that holds it.</summary>
        public IReadOnlyList<(IConditionalOperation If, IOperation Branch)> Branches { get; }

        public bool IsUnconditional => Branches.Count == 0;

        public static EarlyReturn? Of(IReturnOperation statement, IOperation body)
        {
            if (statement.IsImplicit || statement.Kind != OperationKind.Return)
            {
                return null;
            }

            var branches = new List<(IConditionalOperation, IOperation)>();
            IOperation child = statement;
            for (var current = statement.Parent; current is not null; child = current, current = current.Parent)
            {
                if (current == body)
                {
                    return new EarlyReturn(statement, branches);
                }

                switch (current)
                {
                    case IConditionalOperation conditional when child != conditional.Condition:
                        branches.Add((conditional, child));
                        break;
                    case ITryOperation @try when child == @try.Body:
                    case IBlockOperation:
                    case IUsingOperation:
                    case ILockOperation:
                    case ILabeledOperation:
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="operation"/> sits in the other branch of one of the return's <c>if</c> statements.</summary>
        public bool InOtherBranch(IOperation operation)
        {
            foreach (var (conditional, branch) in Branches)
            {
                var other = branch == conditional.WhenTrue ? conditional.WhenFalse : conditional.WhenTrue;
                if (other is not null && other.Syntax.Span.Contains(operation.Syntax.Span))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
