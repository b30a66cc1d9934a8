using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// Reads the <see cref="AssertionShape"/> of a framework assertion. Only asked about calls the test model already
    /// recognised as framework or library assertions by symbol, so the method and parameter names read here are the
    /// frameworks' own: xUnit, NUnit (classic and constraint model), MSTest, FluentAssertions/AwesomeAssertions, Shouldly.
    /// </summary>
    internal static class AssertionShapes
    {
        public static AssertionShape? Of(IInvocationOperation call, KnownTestTypes types)
        {
            var method = call.TargetMethod;
            if (method.Name == "That")
            {
                return NUnitThat(call, types);
            }

            var subject = Argument(call, "actual", "condition", "object", "value", "anObject") ?? FluentSubject(call);
            if (subject is null)
            {
                return null;
            }

            var expected = Argument(call, "expected", "expectation");
            return method.Name switch
            {
                "Equal" or "StrictEqual" or "Equivalent" or "AreEqual" or "Be" or "BeEquivalentTo" or "ShouldBe" or "ShouldBeEquivalentTo"
                    when expected is not null => new AssertionShape(AssertionKind.Equality, subject, expected),
                "Same" or "AreSame" or "BeSameAs" or "ShouldBeSameAs" when expected is not null => new AssertionShape(AssertionKind.Identity, subject, expected),
                "True" or "IsTrue" or "BeTrue" or "ShouldBeTrue" => new AssertionShape(AssertionKind.IsTrue, subject),
                "False" or "IsFalse" or "BeFalse" or "ShouldBeFalse" => new AssertionShape(AssertionKind.IsFalse, subject),
                "NotNull" or "IsNotNull" or "NotBeNull" or "ShouldNotBeNull" => new AssertionShape(AssertionKind.NotNull, subject),
                "IsType" or "BeOfType" or "ShouldBeOfType" when CheckedType(call) is { } exact =>
                    new AssertionShape(IsInexact(call) ? AssertionKind.AssignableType : AssertionKind.ExactType, subject, type: exact),
                "IsAssignableFrom" or "BeAssignableTo" or "ShouldBeAssignableTo" or "IsInstanceOfType" when CheckedType(call) is { } assignable =>
                    new AssertionShape(AssertionKind.AssignableType, subject, type: assignable),
                _ => null,
            };
        }

        // Assert.That(condition) or Assert.That(actual, constraint) with Is.EqualTo/SameAs/True/False/Not.Null/InstanceOf/TypeOf.
        private static AssertionShape? NUnitThat(IInvocationOperation call, KnownTestTypes types)
        {
            if (Argument(call, "condition") is { } condition)
            {
                return new AssertionShape(AssertionKind.IsTrue, condition);
            }

            if (Argument(call, "actual") is not { } actual || Argument(call, "expression") is not { } expression)
            {
                return null;
            }

            var constraint = AssertionOperations.Unconverted(expression);
            switch (constraint)
            {
                case IInvocationOperation { TargetMethod.Name: "EqualTo", Arguments.Length: 1 } equalTo when IsOn(equalTo.TargetMethod, types.NUnitIs):
                    return new AssertionShape(AssertionKind.Equality, actual, equalTo.Arguments[0].Value);
                case IInvocationOperation { TargetMethod.Name: "SameAs", Arguments.Length: 1 } sameAs when IsOn(sameAs.TargetMethod, types.NUnitIs):
                    return new AssertionShape(AssertionKind.Identity, actual, sameAs.Arguments[0].Value);
                case IInvocationOperation { TargetMethod: { Name: "InstanceOf" or "TypeOf", TypeArguments.Length: 1 } typed } when IsOn(typed, types.NUnitIs):
                    return new AssertionShape(typed.Name == "TypeOf" ? AssertionKind.ExactType : AssertionKind.AssignableType, actual, type: typed.TypeArguments[0]);
                case IPropertyReferenceOperation { Property.Name: "True", Instance: null } isTrue when IsOn(isTrue.Property, types.NUnitIs):
                    return new AssertionShape(AssertionKind.IsTrue, actual);
                case IPropertyReferenceOperation { Property.Name: "False", Instance: null } isFalse when IsOn(isFalse.Property, types.NUnitIs):
                    return new AssertionShape(AssertionKind.IsFalse, actual);
                case IPropertyReferenceOperation { Property.Name: "Null", Instance: IPropertyReferenceOperation { Property.Name: "Not", Instance: null } not }
                    when IsOn(not.Property, types.NUnitIs):
                    return new AssertionShape(AssertionKind.NotNull, actual);
                default:
                    return null;
            }
        }

        private static bool IsOn(ISymbol member, INamedTypeSymbol? type) =>
            type is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type);

        private static IOperation? Argument(IInvocationOperation call, params string[] names)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter && System.Array.IndexOf(names, parameter.Name) >= 0 && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        // FluentAssertions: x.Should().Be(y): the subject is what Should() was called on.
        private static IOperation? FluentSubject(IInvocationOperation call)
        {
            var instance = call.Instance is null ? null : AssertionOperations.Unconverted(call.Instance);
            return instance is IInvocationOperation { TargetMethod.Name: "Should", Arguments.Length: 1 } should
                ? should.Arguments[0].Value
                : null;
        }

        // IsType<T>(x), BeOfType<T>(), IsInstanceOfType(x, typeof(T)), IsInstanceOfType<T>(x).
        private static ITypeSymbol? CheckedType(IInvocationOperation call)
        {
            if (call.TargetMethod.TypeArguments.Length == 1)
            {
                return call.TargetMethod.TypeArguments[0];
            }

            return Argument(call, "expectedType", "type") is { } typeArgument && AssertionOperations.Unconverted(typeArgument) is ITypeOfOperation typeOf
                ? typeOf.TypeOperand
                : null;
        }

        // xUnit v3: IsType<T>(x, exactMatch: false) is an assignability check.
        private static bool IsInexact(IInvocationOperation call) =>
            Argument(call, "exactMatch") is { ConstantValue: { HasValue: true, Value: false } };
    }
}
