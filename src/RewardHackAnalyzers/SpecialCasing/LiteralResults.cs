using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>What a branch returns: a hard-coded answer, or a value computed from the method's inputs.</summary>
    internal static class LiteralResults
    {
        // `new Money(8.88m, "EUR")` is as hard-coded as `8.88m`; deeper nesting is not how answers are hard-coded.
        private const int MaxDepth = 3;

        /// <summary>
        /// True for a constant written out (<c>42</c>, <c>"ok"</c>, <c>null</c>, <c>default</c>, an enum member), or an
        /// object, tuple or array built only from them; not a named <c>const</c> of the program.
        /// </summary>
        public static bool IsLiteral(IOperation value) => IsLiteral(value, 0);

        /// <summary>0, 1, -1, the empty string, null, true/false and '\0': the values of base cases, guards and defaults.</summary>
        public static bool IsTrivialValue(object? value) => value switch
        {
            null => true,
            string text => text.Length == 0,
            bool => true,
            char character => character == '\0',
            _ => LiteralText.IsNumber(value) && (LiteralText.Same(value, 0) || LiteralText.Same(value, 1) || LiteralText.Same(value, -1)),
        };

        /// <summary>True for a returned constant that is a trivial value (<see cref="IsTrivialValue"/>) or <c>default</c>.</summary>
        public static bool IsTrivialAnswer(IOperation value)
        {
            var operation = value.WithoutConversions();
            return operation is IDefaultValueOperation
                || (operation.ConstantValue is { HasValue: true } constant && IsTrivialValue(constant.Value));
        }

        /// <summary>True when the literal answers yes/no or names a category (bool, enum): a classification or parse, not a computed value.</summary>
        public static bool IsClassification(IOperation value) =>
            value.WithoutConversions().Type is { } type
            && (type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum);

        /// <summary>
        /// True for a returned value computed from the method's parameters or locals: not a literal, not a throw.
        /// </summary>
        public static bool IsComputed(IOperation value, IMethodSymbol method)
        {
            if (value.WithoutConversions() is IThrowOperation || IsLiteral(value))
            {
                return false;
            }

            return value.DescendantsAndSelf().Any(o =>
                o is ILocalReferenceOperation
                || (o is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, method)));
        }

        private static bool IsLiteral(IOperation value, int depth)
        {
            var operation = value.WithoutConversions();
            if (IsNamedConstant(operation))
            {
                return false;
            }

            if (operation.ConstantValue.HasValue || operation is IDefaultValueOperation)
            {
                return true;
            }

            if (depth >= MaxDepth)
            {
                return false;
            }

            return operation switch
            {
                IObjectCreationOperation creation =>
                    creation.Arguments.All(a => IsLiteral(a.Value, depth + 1))
                    && (creation.Initializer is null || creation.Initializer.Initializers.All(i =>
                        i is ISimpleAssignmentOperation assignment && IsLiteral(assignment.Value, depth + 1))),
                ITupleOperation tuple => tuple.Elements.All(e => IsLiteral(e, depth + 1)),
                IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues.All(e => IsLiteral(e, depth + 1)),
                _ => false,
            };
        }

        // `return HelpText;`: an answer the program declares and names is a designed one; answers copied from a test's
        // expectation are written out. Enum members stay literals (they are how classifications answer).
        private static bool IsNamedConstant(IOperation operation) =>
            operation switch
            {
                IFieldReferenceOperation { Field: { IsConst: true, ContainingType.TypeKind: not TypeKind.Enum } } => true,
                ILocalReferenceOperation { Local.IsConst: true } => true,
                _ => false,
            };
    }
}
