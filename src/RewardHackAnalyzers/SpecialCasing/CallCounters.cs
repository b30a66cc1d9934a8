using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.FakedSuccess;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// The call counters of one operation block: mutable static integral fields the block steps (<c>++_calls</c>,
    /// <c>_calls--</c>, <c>_calls += 1</c>, <c>_calls = _calls + 1</c>, <c>Interlocked.Increment(ref _calls)</c>), and the
    /// expressions that carry a counter's value (the step itself, a read of the field, a local initialised from either).
    /// </summary>
    internal sealed class CallCounters
    {
        private readonly ImmutableHashSet<IFieldSymbol> fields;
        private readonly ImmutableDictionary<ILocalSymbol, IFieldSymbol> locals;

        private CallCounters(ImmutableHashSet<IFieldSymbol> fields, ImmutableDictionary<ILocalSymbol, IFieldSymbol> locals)
        {
            this.fields = fields;
            this.locals = locals;
        }

        public bool IsEmpty => fields.IsEmpty;

        /// <summary>The counters <paramref name="operations"/> step, and the locals that hold one's value.</summary>
        public static CallCounters In(IEnumerable<IOperation> operations, INamedTypeSymbol? interlocked)
        {
            var stepped = ImmutableHashSet.CreateBuilder<IFieldSymbol>(SymbolEqualityComparer.Default);
            var declared = new List<IVariableDeclaratorOperation>();
            var reassigned = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var operation in operations)
            {
                if (SteppedField(operation, interlocked) is { } field)
                {
                    stepped.Add(field);
                }

                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer: not null } declarator:
                        declared.Add(declarator);
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target }:
                        reassigned.Add(target.Local);
                        break;
                    case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                        reassigned.Add(target.Local);
                        break;
                }
            }

            var counters = new CallCounters(stepped.ToImmutable(), ImmutableDictionary<ILocalSymbol, IFieldSymbol>.Empty);
            var locals = ImmutableDictionary.CreateBuilder<ILocalSymbol, IFieldSymbol>(SymbolEqualityComparer.Default);
            foreach (var declarator in declared)
            {
                if (!reassigned.Contains(declarator.Symbol) && counters.CounterOf(declarator.Initializer!.Value, interlocked) is { } field)
                {
                    locals[declarator.Symbol] = field;
                }
            }

            return new CallCounters(counters.fields, locals.ToImmutable());
        }

        /// <summary>The counter whose value <paramref name="operation"/> is, or null.</summary>
        public IFieldSymbol? CounterOf(IOperation operation, INamedTypeSymbol? interlocked)
        {
            var value = Conversions.Unwrapped(operation);
            var field = value switch
            {
                IFieldReferenceOperation read => read.Field,
                ILocalReferenceOperation local => locals.TryGetValue(local.Local, out var held) ? held : null,
                _ => SteppedField(value, interlocked),
            };
            return field is not null && fields.Contains(field) ? field : null;
        }

        /// <summary>
        /// The counters whose value flows into <paramref name="returned"/>, looking through the arms of conditional and
        /// switch expressions but not their conditions: <c>n == 1 ? "Untitled" : "Untitled " + n</c> returns the counter.
        /// </summary>
        public IEnumerable<IFieldSymbol> ReturnedIn(IOperation returned, INamedTypeSymbol? interlocked)
        {
            var pending = new Stack<IOperation>();
            pending.Push(returned);
            while (pending.Count > 0)
            {
                switch (Conversions.Unwrapped(pending.Pop()))
                {
                    case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                        pending.Push(conditional.WhenTrue);
                        pending.Push(whenFalse);
                        break;
                    case ISwitchExpressionOperation switchExpression:
                        var switched = CounterOf(switchExpression.Value, interlocked);
                        foreach (var arm in switchExpression.Arms)
                        {
                            // var n => 8080 + n: the arm's pattern variable is the counter.
                            if (switched is not null && ReadsAny(arm.Value, arm.Locals))
                            {
                                yield return switched;
                            }

                            pending.Push(arm.Value);
                        }

                        break;
                    case var value:
                        // A lambda's own returns are judged on their own.
                        foreach (var operation in OwnOperations.Of(value))
                        {
                            if (CounterOf(operation, interlocked) is { } field)
                            {
                                yield return field;
                            }
                        }

                        break;
                }
            }
        }

        private static bool ReadsAny(IOperation value, ImmutableArray<ILocalSymbol> locals)
        {
            if (locals.IsEmpty)
            {
                return false;
            }

            foreach (var operation in OwnOperations.Of(value))
            {
                if (operation is ILocalReferenceOperation read && locals.Any(local => SymbolEqualityComparer.Default.Equals(local, read.Local)))
                {
                    return true;
                }
            }

            return false;
        }

        private static IFieldSymbol? SteppedField(IOperation operation, INamedTypeSymbol? interlocked) =>
            operation switch
            {
                IIncrementOrDecrementOperation step => Counter(step.Target),
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } step
                    when step.Value.ConstantValue.HasValue => Counter(step.Target),
                ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum } assignment
                    when Counter(assignment.Target) is { } target && Reads(sum, target) => target,
                IInvocationOperation { Arguments.Length: > 0 } call
                    when interlocked is not null
                        && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, interlocked)
                        && call.TargetMethod.Name is "Increment" or "Decrement" or "Add" => Counter(call.Arguments[0].Value),
                _ => null,
            };

        // _calls = _calls + 1: one side reads the field, the other is a constant.
        private static bool Reads(IBinaryOperation sum, IFieldSymbol field) =>
            (Counter(Conversions.Unwrapped(sum.LeftOperand)) is { } left && SymbolEqualityComparer.Default.Equals(left, field) && sum.RightOperand.ConstantValue.HasValue)
            || (Counter(Conversions.Unwrapped(sum.RightOperand)) is { } right && SymbolEqualityComparer.Default.Equals(right, field) && sum.LeftOperand.ConstantValue.HasValue);

        // A mutable static field of an integral type: instance fields are per-object state (a hand-written enumerator
        // stepping through its states), not a count of every call the program makes.
        private static IFieldSymbol? Counter(IOperation target) =>
            target is IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: false, IsConst: false } field } && IsIntegral(field.Type)
                ? field
                : null;

        private static bool IsIntegral(ITypeSymbol type) =>
            type.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
                or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64;
    }
}
