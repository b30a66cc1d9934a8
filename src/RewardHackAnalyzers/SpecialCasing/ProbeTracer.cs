using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// Follows a value back to the probe it is computed from: through member accesses and calls on it
    /// (<c>a.GetName().Name</c>, <c>Path.GetFileName(Environment.ProcessPath)</c>), string operations, locals (their
    /// initialisers, assignments and <c>foreach</c> collections) and lambda parameters (<c>GetAssemblies().Any(a => …)</c>
    /// reads the source of the query). The walk is bounded by <see cref="MaxDepth"/> steps, so deep code costs little.
    /// </summary>
    internal sealed class ProbeTracer
    {
        /// <summary>The longest chain of steps from a compared value to its probe.</summary>
        public const int MaxDepth = 12;

        private readonly Probes probes;

        public ProbeTracer(Probes probes) => this.probes = probes;

        /// <summary>The probe <paramref name="value"/> derives from, or null.</summary>
        public Probe? Trace(IOperation? value) => Trace(value, MaxDepth, new HashSet<ISymbol>(SymbolEqualityComparer.Default));

        private Probe? Trace(IOperation? value, int depth, HashSet<ISymbol> visited)
        {
            if (value is null || depth == 0)
            {
                return null;
            }

            if (probes.Of(value) is { } probe)
            {
                return probe;
            }

            depth--;
            switch (value)
            {
                case IConversionOperation conversion:
                    return Trace(conversion.Operand, depth, visited);
                case IParenthesizedOperation parenthesized:
                    return Trace(parenthesized.Operand, depth, visited);
                case IInvocationOperation invocation:
                    return Trace(invocation.Instance, depth, visited) ?? TraceArguments(invocation.Arguments, depth, visited);
                case IPropertyReferenceOperation property:
                    return Trace(property.Instance, depth, visited) ?? TraceArguments(property.Arguments, depth, visited);
                case IArrayElementReferenceOperation element:
                    return Trace(element.ArrayReference, depth, visited);
                case IConditionalAccessOperation conditional:
                    return Trace(conditional.Operation, depth, visited) ?? Trace(conditional.WhenNotNull, depth, visited);
                case IConditionalAccessInstanceOperation instance:
                    return Trace(AccessedBy(instance), depth, visited);
                case ICoalesceOperation coalesce:
                    return Trace(coalesce.Value, depth, visited) ?? Trace(coalesce.WhenNull, depth, visited);
                case IBinaryOperation binary:
                    return Trace(binary.LeftOperand, depth, visited) ?? Trace(binary.RightOperand, depth, visited);
                case IInterpolatedStringOperation interpolated:
                    return TraceInterpolations(interpolated, depth, visited);
                case ILocalReferenceOperation local when visited.Add(local.Local):
                    return TraceLocal(local, depth, visited);
                case IParameterReferenceOperation parameter when visited.Add(parameter.Parameter):
                    return Trace(QuerySourceOf(parameter), depth, visited);
                default:
                    return null;
            }
        }

        private Probe? TraceArguments(IEnumerable<IArgumentOperation> arguments, int depth, HashSet<ISymbol> visited)
        {
            foreach (var argument in arguments)
            {
                if (Trace(argument.Value, depth, visited) is { } probe)
                {
                    return probe;
                }
            }

            return null;
        }

        private Probe? TraceInterpolations(IInterpolatedStringOperation interpolated, int depth, HashSet<ISymbol> visited)
        {
            foreach (var part in interpolated.Parts)
            {
                if (part is IInterpolationOperation interpolation && Trace(interpolation.Expression, depth, visited) is { } probe)
                {
                    return probe;
                }
            }

            return null;
        }

        // Every value the enclosing body gives the local: its initialiser, assignments, the collection a foreach reads.
        private Probe? TraceLocal(ILocalReferenceOperation reference, int depth, HashSet<ISymbol> visited)
        {
            IOperation top = reference;
            while (top.Parent is not null)
            {
                top = top.Parent;
            }

            foreach (var operation in top.Descendants())
            {
                var source = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local)
                        => declarator.Initializer?.Value,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                        when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local) => assignment.Value,
                    IForEachLoopOperation loop when loop.Locals.Contains(reference.Local) => loop.Collection,
                    _ => null,
                };
                if (Trace(source, depth, visited) is { } probe)
                {
                    return probe;
                }
            }

            return null;
        }

        // The receiver a '?.' tests for null: that of the nearest '?.' whose right-hand side holds the instance
        // ('a?.B().C?.D()': D's instance is 'a?.B().C', B's is 'a').
        private static IOperation? AccessedBy(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var current = instance.Parent; current is not null; child = current, current = current.Parent)
            {
                if (current is IConditionalAccessOperation conditional && conditional.WhenNotNull == child)
                {
                    return conditional.Operation;
                }
            }

            return null;
        }

        // A lambda parameter of a query or collection method stands for the elements of its source:
        // 'source.Any(a => …)' (extension: the first argument) or 'list.Exists(a => …)' (instance).
        private static IOperation? QuerySourceOf(IParameterReferenceOperation parameter)
        {
            for (var current = parameter.Parent; current is not null; current = current.Parent)
            {
                if (current is not IAnonymousFunctionOperation lambda
                    || !SymbolEqualityComparer.Default.Equals(lambda.Symbol, parameter.Parameter.ContainingSymbol))
                {
                    continue;
                }

                var argument = lambda.Parent is IDelegateCreationOperation creation ? creation.Parent : lambda.Parent;
                while (argument is IConversionOperation)
                {
                    argument = argument.Parent;
                }

                if (argument is not IArgumentOperation { Parent: IInvocationOperation query } lambdaArgument)
                {
                    return null;
                }

                if (query.Instance is not null)
                {
                    return query.Instance;
                }

                return query.Arguments.Length > 0 && query.Arguments[0] != lambdaArgument ? query.Arguments[0].Value : null;
            }

            return null;
        }
    }
}
