using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Lists the assertions of a body in source order, as <see cref="TestFingerprintAssertion"/>s. A call to an assertion
    /// helper is expanded into the helper's own assertions (to <see cref="TestModel.AssertionHelperMaxDepth"/> levels), with
    /// the helper's parameters replaced by the call's arguments, so extracting a helper changes nothing.
    /// </summary>
    internal sealed class TestFingerprintAssertions
    {
        private static readonly ImmutableHashSet<string> ToleranceNames = ImmutableHashSet.Create(
            StringComparer.Ordinal, "tolerance", "delta", "precision", "epsilon", "within", "maxDelta");

        private readonly TestModel model;
        private readonly CancellationToken cancellationToken;

        public TestFingerprintAssertions(TestModel model, CancellationToken cancellationToken)
        {
            this.model = model;
            this.cancellationToken = cancellationToken;
        }

        public ImmutableArray<TestFingerprintAssertion> Of(IOperation body, IMethodSymbol test) =>
            Collect(body, new Scope(test, null, null), ImmutableHashSet.Create<IMethodSymbol>(SymbolEqualityComparer.Default, test), 0);

        private ImmutableArray<TestFingerprintAssertion> Collect(IOperation body, Scope scope, ImmutableHashSet<IMethodSymbol> visited, int depth)
        {
            var found = new List<(TextSpan Span, TestFingerprintAssertion Assertion)>();
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (Describe(operation, scope, visited, depth) is { } assertion)
                {
                    found.Add((operation.Syntax.Span, assertion));
                }
            }

            return found.OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length).Select(f => f.Assertion).ToImmutableArray();
        }

        private TestFingerprintAssertion? Describe(IOperation operation, Scope scope, ImmutableHashSet<IMethodSymbol> visited, int depth)
        {
            switch (operation)
            {
                case IInvocationOperation invocation when model.IsDirectAssertion(invocation, cancellationToken):
                    return Direct(invocation, scope);
                case IInvocationOperation invocation when model.IsAssertionHelper(invocation.TargetMethod, cancellationToken):
                    return Helper(invocation, scope, visited, depth);
                case IThrowOperation thrown when model.IsDirectAssertion(thrown, cancellationToken):
                    var type = TestModel.ThrownType(thrown)?.Name ?? "exception";
                    return new TestFingerprintAssertion(AssertionKind.Throw, "throw " + type, AssertionStrength.Other, null, null, null, Line(thrown), default);
                case IInvalidOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } } invalid
                    when model.IsAssertion(invalid, cancellationToken):
                    var name = access.Name.Identifier.ValueText;
                    return new TestFingerprintAssertion(
                        AssertionKind.Unresolved, access.Expression + "." + name, TestFingerprintStrength.Classify(name, null), null, null, null, Line(invalid), default);
                default:
                    return null;
            }
        }

        private TestFingerprintAssertion Direct(IInvocationOperation invocation, Scope scope)
        {
            var method = invocation.TargetMethod;
            var kind = KindOf(method);
            var constraint = method.Name == "That" ? invocation.Arguments.Where(a => a.Parameter?.Ordinal > 0).Select(a => a.Value).FirstOrDefault() : null;
            var strength = kind == AssertionKind.MockVerification ? AssertionStrength.Verification
                : constraint is not null ? ConstraintStrength(constraint)
                : TestFingerprintStrength.Classify(method.Name, ExceptionType(method));
            var expected = Argument(invocation, "expected") ?? Argument(invocation, "expectedValue") ?? (constraint is null ? null : ConstraintArgument(constraint, "expected"));
            var tolerance = ToleranceOf(invocation) ?? (constraint is null ? null : ConstraintArgument(constraint, "amount"));
            var (text, parameter) = expected is null ? (null, null) : scope.Resolve(expected);
            return new TestFingerprintAssertion(
                kind, NameOf(kind, method), strength, text, parameter, tolerance is null ? null : ToleranceText(tolerance, scope), Line(invocation), default);
        }

        private TestFingerprintAssertion Helper(IInvocationOperation invocation, Scope scope, ImmutableHashSet<IMethodSymbol> visited, int depth)
        {
            var helper = invocation.TargetMethod.OriginalDefinition;
            var inner = ImmutableArray<TestFingerprintAssertion>.Empty;
            if (depth < TestModel.AssertionHelperMaxDepth && !visited.Contains(helper)
                && MethodBodies.For(model.Compilation).Body(helper, cancellationToken) is { } body)
            {
                inner = Collect(body, new Scope(helper, invocation, scope), visited.Add(helper), depth + 1);
            }

            return new TestFingerprintAssertion(AssertionKind.Helper, helper.Name, AssertionStrength.Other, null, null, null, Line(invocation), inner);
        }

        private AssertionKind KindOf(IMethodSymbol method)
        {
            if (model.IsMockVerification(method))
            {
                return AssertionKind.MockVerification;
            }

            if (!model.IsFrameworkAssertion(method))
            {
                return AssertionKind.Declared;
            }

            var space = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return space.StartsWith("FluentAssertions", StringComparison.Ordinal) || space.StartsWith("AwesomeAssertions", StringComparison.Ordinal)
                ? AssertionKind.Fluent
                : space.StartsWith("Shouldly", StringComparison.Ordinal) ? AssertionKind.Shouldly
                : AssertionKind.Framework;
        }

        private static string NameOf(AssertionKind kind, IMethodSymbol method) => kind switch
        {
            AssertionKind.Fluent => "Should()." + method.Name,
            AssertionKind.Shouldly or AssertionKind.MockVerification or AssertionKind.Declared when method.IsExtensionMethod => method.Name,
            _ => method.ContainingType.Name + "." + method.Name,
        };

        private static string? ExceptionType(IMethodSymbol method) =>
            method.TypeArguments.FirstOrDefault(t => t.TypeKind == TypeKind.Class)?.ToDisplayString();

        // NUnit's Assert.That(actual, Is.EqualTo(4)): the constraint's first recognised member decides; Throws.* by its type.
        private static AssertionStrength ConstraintStrength(IOperation constraint)
        {
            var syntax = constraint.Syntax;
            var names = syntax.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Select(n => n.Identifier.ValueText).ToList();
            if (names.FirstOrDefault() == "Throws")
            {
                var generic = syntax.DescendantNodesAndSelf().OfType<GenericNameSyntax>().FirstOrDefault();
                return generic is null || generic.TypeArgumentList.Arguments.ToString() is "Exception" or "System.Exception"
                    ? AssertionStrength.ThrowsAny
                    : AssertionStrength.ThrowsSpecific;
            }

            foreach (var name in names)
            {
                if (name is not ("Is" or "Not" or "Has" or "Does") && TestFingerprintStrength.Classify(name, null) is var strength and not AssertionStrength.Other)
                {
                    return strength;
                }
            }

            return AssertionStrength.Boolean;
        }

        private static IOperation? ConstraintArgument(IOperation constraint, string parameterName) =>
            constraint.DescendantsAndSelf().OfType<IInvocationOperation>()
                .SelectMany(i => i.Arguments)
                .FirstOrDefault(a => a.Parameter?.Name == parameterName && !a.IsImplicit)?.Value;

        private static IOperation? Argument(IInvocationOperation invocation, string parameterName) =>
            invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameterName && a.ArgumentKind == ArgumentKind.Explicit)?.Value;

        private static IOperation? ToleranceOf(IInvocationOperation invocation) =>
            invocation.Arguments.FirstOrDefault(a => a.Parameter is { } p && ToleranceNames.Contains(p.Name) && a.ArgumentKind == ArgumentKind.Explicit)?.Value;

        // xUnit's Equal(double, double, int precision) counts decimal places: recorded as the tolerance they allow (3 → 1E-3).
        private static string? ToleranceText(IOperation tolerance, Scope scope)
        {
            var (text, _) = scope.Resolve(tolerance);
            return text is not null && tolerance.Type?.SpecialType == SpecialType.System_Int32 ? "1E-" + text : text;
        }

        private static int Line(IOperation operation) => operation.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

        /// <summary>Resolves a value to a constant or to the test's own parameter, looking through helper parameters to the call.</summary>
        private sealed class Scope
        {
            private readonly IMethodSymbol method;
            private readonly IInvocationOperation? call;
            private readonly Scope? caller;

            public Scope(IMethodSymbol method, IInvocationOperation? call, Scope? caller)
            {
                this.method = method;
                this.call = call;
                this.caller = caller;
            }

            public (string? Text, int? TestParameter) Resolve(IOperation value)
            {
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                if (value.ConstantValue.HasValue)
                {
                    return (TestFingerprints.Text(value.ConstantValue.Value), null);
                }

                if (value is not IParameterReferenceOperation { Parameter: var parameter }
                    || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method.OriginalDefinition))
                {
                    return (null, null);
                }

                if (call is null || caller is null)
                {
                    return (null, parameter.Ordinal);
                }

                var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
                return argument is null || argument.ArgumentKind != ArgumentKind.Explicit ? (null, null) : caller.Resolve(argument.Value);
            }
        }
    }
}
