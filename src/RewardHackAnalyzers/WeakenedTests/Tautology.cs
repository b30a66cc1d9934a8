using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// Decides whether an <see cref="AssertionShape"/> passes whatever the code under test does, and says why. A literal
    /// <c>true</c>/<c>false</c> condition is left to RH0104 (a forced pass); equality of a type with its own
    /// <c>Equals</c> is left alone in a test of that type's equality (<see cref="ReflexivityTests"/>).
    /// </summary>
    internal static class Tautology
    {
        /// <summary>Why the assertion cannot fail, or null when it can.</summary>
        public static string? Explain(AssertionShape shape, ISymbol? container) => shape.Kind switch
        {
            AssertionKind.Equality or AssertionKind.Identity => Comparison(shape, container),
            AssertionKind.IsTrue => Condition(shape.Subject, passesWhen: true, container),
            AssertionKind.IsFalse => Condition(shape.Subject, passesWhen: false, container),
            AssertionKind.NotNull => NeverNull(shape.Subject) is { } why ? why : null,
            AssertionKind.ExactType or AssertionKind.AssignableType => TypeCheck(shape),
            _ => null,
        };

        private static string? Comparison(AssertionShape shape, ISymbol? container)
        {
            var subject = PureExpressions.Unwrap(shape.Subject);
            var expected = PureExpressions.Unwrap(shape.Expected!);
            if (subject.ConstantValue.HasValue && expected.ConstantValue.HasValue)
            {
                return Equals(subject.ConstantValue.Value, expected.ConstantValue.Value) ? "it compares two equal constants" : null;
            }

            if (!PureExpressions.AreSame(subject, expected)
                || (shape.Kind == AssertionKind.Equality && ReflexivityTests.IsReflexivityTest(subject.Type, container)))
            {
                return null;
            }

            return "it compares '" + subject.Syntax + "' with itself";
        }

        private static string? Condition(IOperation condition, bool passesWhen, ISymbol? container)
        {
            var unwrapped = PureExpressions.Unwrap(condition);
            if (unwrapped is ILiteralOperation)
            {
                return null;
            }

            var always = unwrapped.ConstantValue is { HasValue: true, Value: bool constant } ? constant : AlwaysEvaluatesTo(unwrapped, container);
            return always == passesWhen
                ? "the condition '" + unwrapped.Syntax + "' is always " + (passesWhen ? "true" : "false")
                : null;
        }

        // The value a condition has whatever the values it reads: x == x, x.Equals(x), x || !x, x && !x, and negations.
        private static bool? AlwaysEvaluatesTo(IOperation condition, ISymbol? container)
        {
            switch (condition)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } not:
                    return AlwaysEvaluatesTo(PureExpressions.Unwrap(not.Operand), container) is { } inner ? !inner : null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.ConditionalAnd } logical
                    when IsNegationPair(logical.LeftOperand, logical.RightOperand):
                    return logical.OperatorKind == BinaryOperatorKind.ConditionalOr;
                case IBinaryOperation binary when PureExpressions.AreSame(binary.LeftOperand, binary.RightOperand)
                    && !IsFloatingPoint(PureExpressions.Unwrap(binary.LeftOperand).Type)
                    && !(binary.OperatorMethod is not null && ReflexivityTests.IsReflexivityTest(PureExpressions.Unwrap(binary.LeftOperand).Type, container)):
                    return binary.OperatorKind switch
                    {
                        BinaryOperatorKind.Equals or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThanOrEqual => true,
                        BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.GreaterThan => false,
                        _ => null,
                    };
                case IInvocationOperation { TargetMethod.Name: "Equals" or "ReferenceEquals" } equals:
                    return EqualsItself(equals, container) ? true : null;
                default:
                    return null;
            }
        }

        // x.Equals(x), object.Equals(x, x), ReferenceEquals(x, x); not a type's own Equals in a test of its equality.
        private static bool EqualsItself(IInvocationOperation equals, ISymbol? container)
        {
            IOperation first, second;
            if (equals.Instance is not null && equals.Arguments.Length == 1)
            {
                first = equals.Instance;
                second = equals.Arguments[0].Value;
            }
            else if (equals.Instance is null && equals.Arguments.Length == 2)
            {
                first = equals.Arguments[0].Value;
                second = equals.Arguments[1].Value;
            }
            else
            {
                return false;
            }

            return PureExpressions.AreSame(first, second)
                && (equals.TargetMethod.Name == "ReferenceEquals" || !ReflexivityTests.IsReflexivityTest(PureExpressions.Unwrap(first).Type, container));
        }

        private static bool IsNegationPair(IOperation left, IOperation right)
        {
            left = PureExpressions.Unwrap(left);
            right = PureExpressions.Unwrap(right);
            return (right is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } notRight && PureExpressions.AreSame(left, notRight.Operand))
                || (left is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } notLeft && PureExpressions.AreSame(notLeft.Operand, right));
        }

        // NaN == NaN is false, so x == x on a floating-point value does check something.
        private static bool IsFloatingPoint(ITypeSymbol? type) =>
            type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single
            || type is { Name: "Half", ContainingNamespace.Name: "System" };

        private static string? NeverNull(IOperation value)
        {
            var unwrapped = PureExpressions.Unwrap(value);
            return unwrapped switch
            {
                IObjectCreationOperation or IAnonymousObjectCreationOperation or IArrayCreationOperation or ITypeParameterObjectCreationOperation =>
                    "'" + unwrapped.Syntax + "' is a new object and never null",
                ILiteralOperation { ConstantValue: { HasValue: true, Value: not null } } or IInterpolatedStringOperation =>
                    "'" + unwrapped.Syntax + "' is never null",
                _ when unwrapped.Type is { IsValueType: true } type && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                    && unwrapped.Type.TypeKind != TypeKind.TypeParameter =>
                    "'" + unwrapped.Syntax + "' is a value of type '" + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "' and never null",
                _ => null,
            };
        }

        // A value that is never null and whose runtime type is known: a new object, or a value type (its static type).
        private static string? TypeCheck(AssertionShape shape)
        {
            var subject = PureExpressions.Unwrap(shape.Subject);
            if (shape.Type is not { } checkedType || NeverNull(subject) is null || subject.Type is not { } runtimeType
                || subject is ILiteralOperation or IInterpolatedStringOperation)
            {
                return null;
            }

            var matches = SymbolEqualityComparer.Default.Equals(runtimeType, checkedType)
                || (shape.Kind == AssertionKind.AssignableType && checkedType.SpecialType == SpecialType.System_Object);
            return matches
                ? "'" + subject.Syntax + "' is always a '" + checkedType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'"
                : null;
        }
    }
}
