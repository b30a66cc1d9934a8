using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// Finds the values a function body returns: the body of a method (block or expression), a lambda, a local
    /// function, or a delegate created from a lambda.
    /// </summary>
    internal static class FunctionBodies
    {
        /// <summary>The executable body behind <paramref name="operation"/>, unwrapping method bodies, lambdas and delegate creation.</summary>
        public static IOperation? Unwrap(IOperation? operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IMethodBodyOperation method:
                        return (IOperation?)method.BlockBody ?? method.ExpressionBody;
                    case IAnonymousFunctionOperation function:
                        return function.Body;
                    case ILocalFunctionOperation local:
                        return local.Body ?? local.IgnoredBody;
                    case IDelegateCreationOperation creation:
                        operation = creation.Target;
                        break;
                    case IConversionOperation { Operand: IAnonymousFunctionOperation or IDelegateCreationOperation } conversion:
                        operation = conversion.Operand;
                        break;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>
        /// Collects the values returned on reachable paths of <paramref name="body"/> (after <see cref="Unwrap"/>).
        /// False when a path returns something that is not a value here: an iterator, a void return.
        /// </summary>
        public static bool TryCollectReturnedValues(IOperation body, List<IOperation> values)
        {
            if (body is not IBlockOperation)
            {
                // An expression body bound on its own (MethodBodies binds the arrow's expression).
                values.Add(body);
            }
            else
            {
                var walker = new ReturnWalker(values);
                walker.Visit(body);
                if (!walker.Complete)
                {
                    return false;
                }
            }

            // Broken code (`=> ;`) says nothing about what the author meant.
            return values.TrueForAll(v => v is not IInvalidOperation && v.Type is { TypeKind: not TypeKind.Error });
        }

        private sealed class ReturnWalker
        {
            private readonly List<IOperation> values;

            public ReturnWalker(List<IOperation> values) => this.values = values;

            public bool Complete { get; private set; } = true;

            /// <summary>Visits a statement; returns true when it always leaves the function (so what follows is unreachable).</summary>
            public bool Visit(IOperation operation)
            {
                switch (operation)
                {
                    case IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value }:
                        values.Add(value);
                        return true;
                    case IReturnOperation:
                        // yield return, yield break, or a void return: not a function that returns one value.
                        Complete = false;
                        return true;
                    case IThrowOperation:
                    case IExpressionStatementOperation { Operation: IThrowOperation }:
                        return true;
                    case IBlockOperation block:
                        foreach (var statement in block.Operations)
                        {
                            if (Visit(statement))
                            {
                                return true;
                            }
                        }

                        return false;
                    case IConditionalOperation { Type: null } branch:
                        return VisitBranch(branch);
                    case IAnonymousFunctionOperation:
                    case ILocalFunctionOperation:
                        // Their returns belong to another function.
                        return false;
                    default:
                        foreach (var child in operation.ChildOperations)
                        {
                            Visit(child);
                        }

                        return false;
                }
            }

            // `if (false) return Compare(...);` cannot run, and `if (true) return true;` always does.
            private bool VisitBranch(IConditionalOperation branch)
            {
                var condition = ConstantFolder.Fold(branch.Condition);
                if (condition.Is(true))
                {
                    return Visit(branch.WhenTrue);
                }

                if (condition.Is(false))
                {
                    return branch.WhenFalse is not null && Visit(branch.WhenFalse);
                }

                var whenTrue = Visit(branch.WhenTrue);
                var whenFalse = branch.WhenFalse is not null && Visit(branch.WhenFalse);
                return whenTrue && whenFalse;
            }
        }
    }
}
