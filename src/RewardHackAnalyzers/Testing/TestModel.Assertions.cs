using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        /// <summary>
        /// True when <paramref name="invocation"/> asserts: a framework or library assertion, a mock verification, a
        /// method declared an assertion (attribute or option), or a user assertion helper.
        /// </summary>
        public bool IsAssertion(IInvocationOperation invocation, CancellationToken cancellationToken) =>
            IsDirectAssertion(invocation, cancellationToken) || IsAssertionHelper(invocation.TargetMethod, cancellationToken);

        /// <summary>
        /// <see cref="IsAssertion(IInvocationOperation, CancellationToken)"/> for any operation: also a <c>throw</c> of an
        /// assertion exception, and an invocation that does not resolve (<see cref="IInvalidOperation"/>) recognised
        /// by its candidate methods (a user helper among them counts) or, when there are none, by name (<c>Assert.Equal(…)</c>, <c>x.Should().Be(…)</c>,
        /// <c>x.ShouldBe(…)</c>, <c>mock.Verify(…)</c>).
        /// </summary>
        public bool IsAssertion(IOperation operation, CancellationToken cancellationToken) => operation switch
        {
            IInvocationOperation invocation => IsAssertion(invocation, cancellationToken),
            IInvalidOperation { Syntax: InvocationExpressionSyntax syntax } invalid =>
                IsDirectAssertion(invalid, cancellationToken) || AnyCandidate(invalid, syntax, method => IsAssertionHelper(method, cancellationToken), cancellationToken),
            _ => IsDirectAssertion(operation, cancellationToken),
        };

        /// <summary>
        /// True for an assertion of a framework Assert type (except the members that skip, pass, warn or group), a
        /// fluent library check (the call after <c>Should()</c>, Shouldly's <c>Should…</c>), or a mock verification.
        /// Decided by symbol identity: a user type named <c>Assert</c> is not a framework.
        /// </summary>
        public bool IsFrameworkAssertion(IMethodSymbol method) => frameworkAssertions.IsAssertionMethod(method);

        /// <summary>True for Moq <c>Verify*</c>, NSubstitute <c>Received</c>/<c>DidNotReceive</c>…, FakeItEasy <c>MustHaveHappened*</c>/<c>MustNotHaveHappened</c>.</summary>
        public bool IsMockVerification(IMethodSymbol method) => frameworkAssertions.IsMockVerification(method);

        /// <summary>True when throwing (or catching) <paramref name="type"/> is an assertion failure of a framework or library.</summary>
        public bool IsAssertionException(ITypeSymbol? type) => frameworkAssertions.IsAssertionException(type);

        /// <summary>
        /// True for a user method that really asserts: declared by an <c>AssertionMethod</c> attribute or the
        /// <see cref="AssertionMethodsOption"/> option, or whose body reaches an assertion through at most
        /// <see cref="AssertionHelperMaxDepth"/> calls within the compilation. Its name plays no part; a method with
        /// <c>[Conditional]</c> never counts (its calls can be compiled away); framework methods are not helpers.
        /// </summary>
        public bool IsAssertionHelper(IMethodSymbol method, CancellationToken cancellationToken) =>
            assertionHelpers.IsHelper(method, cancellationToken);

        // An assertion that needs no look into user bodies: the calls and throws the helper walk stops at.
        internal bool IsDirectAssertion(IOperation operation, CancellationToken cancellationToken) => operation switch
        {
            IInvocationOperation invocation => IsFrameworkAssertion(invocation.TargetMethod) || IsDeclaredAssertion(invocation.TargetMethod),
            IThrowOperation thrown => IsAssertionException(ThrownType(thrown)),
            IDynamicInvocationOperation { Operation: IDynamicMemberReferenceOperation member } => frameworkAssertions.IsDynamicAssertion(member),
            IInvalidOperation { Syntax: InvocationExpressionSyntax syntax } invalid => IsUnresolvedAssertion(invalid, syntax, cancellationToken),
            _ => false,
        };

        internal bool IsDeclaredAssertion(IMethodSymbol method) => declaredAssertions.IsDeclared(method) && !IsConditional(method);

        internal bool IsConditional(IMethodSymbol method)
        {
            if (Types.ConditionalAttribute is not { } conditional)
            {
                return false;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, conditional))
                {
                    return true;
                }
            }

            return false;
        }

        // Symbols first: overload resolution that failed still offers its candidates; names only when there are none.
        private bool IsUnresolvedAssertion(IOperation invalid, InvocationExpressionSyntax syntax, CancellationToken cancellationToken)
        {
            if (Candidates(invalid, syntax, cancellationToken).IsEmpty)
            {
                return AssertionNames.LooksLikeAssertion(syntax, invalid.SemanticModel, cancellationToken)
                    || IsMissingFrameworkAssertion(invalid, syntax, cancellationToken);
            }

            return AnyCandidate(invalid, syntax, method => IsFrameworkAssertion(method) || IsDeclaredAssertion(method), cancellationToken);
        }

        // `Assert.AreEqual(1, x)` where `Assert` is the framework's type but this version of it has no `AreEqual`.
        private bool IsMissingFrameworkAssertion(IOperation invalid, InvocationExpressionSyntax syntax, CancellationToken cancellationToken) =>
            syntax.Expression is MemberAccessExpressionSyntax access
            && invalid.SemanticModel?.GetSymbolInfo(access.Expression, cancellationToken).Symbol is INamedTypeSymbol receiverType
            && frameworkAssertions.IsAssertionOfAnotherVersion(receiverType, access.Name.Identifier.ValueText);

        private bool AnyCandidate(
            IOperation invalid, InvocationExpressionSyntax syntax, Func<IMethodSymbol, bool> predicate, CancellationToken cancellationToken)
        {
            foreach (var candidate in Candidates(invalid, syntax, cancellationToken))
            {
                if (candidate is IMethodSymbol method && predicate(method))
                {
                    return true;
                }
            }

            return false;
        }

        // Memoised per call: asking the semantic model re-binds the call, and in code whose references did not all
        // resolve (a scan without restore) every rule asks about the same unresolved calls several times.
        internal ImmutableArray<ISymbol> Candidates(IOperation invalid, InvocationExpressionSyntax syntax, CancellationToken cancellationToken)
        {
            if (candidates.TryGetValue(syntax, out var known))
            {
                return known;
            }

            if (invalid.SemanticModel is not { } semantics)
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            return candidates.GetOrAdd(syntax, semantics.GetSymbolInfo(syntax, cancellationToken).CandidateSymbols);
        }

        internal static ITypeSymbol? ThrownType(IThrowOperation thrown)
        {
            var exception = thrown.Exception;
            while (exception is IConversionOperation { IsImplicit: true } conversion)
            {
                exception = conversion.Operand;
            }

            return exception?.Type;
        }
    }
}
