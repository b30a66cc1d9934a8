using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static RewardHackAnalyzers.Testing.KnownSymbols;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Recognises the assertion methods and assertion-failure exceptions of the referenced test frameworks, assertion
    /// and mocking libraries by symbol identity: a type or assembly resolved by <see cref="KnownTestTypes"/>, never a
    /// name alone, so a user class that happens to be called <c>Assert</c> is not mistaken for the framework's.
    /// </summary>
    internal sealed class FrameworkAssertions
    {
        // Members of framework Assert types that check nothing: skips, forced or inconclusive outcomes, warnings,
        // grouping scopes (their lambdas hold the real assertions), and the object members those types hide.
        internal static readonly ImmutableHashSet<string> NonAssertingAssertMembers = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "Skip", "SkipUnless", "SkipWhen", "Pass", "Ignore", "Inconclusive", "Warn", "Charlie",
            "Multiple", "MultipleAsync", "EnterMultipleScope", "ReplaceNullChars", "Equals", "ReferenceEquals");

        // Members of fluent assertion objects that are plumbing, not checks.
        private static readonly ImmutableHashSet<string> NonAssertingFluentMembers = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Should", "Equals", "GetHashCode", "ToString");

        private static readonly ImmutableHashSet<string> NSubstituteVerifications = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Received", "DidNotReceive", "ReceivedWithAnyArgs", "DidNotReceiveWithAnyArgs", "InOrder");

        private readonly KnownTestTypes types;
        private readonly ImmutableHashSet<INamedTypeSymbol> assertTypes;
        private readonly ImmutableArray<INamedTypeSymbol> assertionExceptions;

        public FrameworkAssertions(KnownTestTypes types)
        {
            this.types = types;
            assertTypes = NonNull(
                types.XunitAssert,
                types.NUnitAssert, types.NUnitClassicAssert, types.NUnitCollectionAssert, types.NUnitStringAssert,
                types.NUnitFileAssert, types.NUnitDirectoryAssert,
                types.MSTestAssert, types.MSTestCollectionAssert, types.MSTestStringAssert,
                types.TUnitAssert).ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            assertionExceptions = NonNull(
                types.XunitException, types.NUnitAssertionException, types.NUnitMultipleAssertException,
                types.MSTestAssertFailedException, types.TUnitAssertionException,
                types.FluentAssertionFailedException, types.AwesomeAssertionFailedException, types.ShouldAssertException,
                types.MoqMockException, types.NSubstituteReceivedCallsException, types.FakeItEasyExpectationException);
        }

        /// <summary>
        /// True for an assertion of a framework Assert type (<c>Assert.Equal</c>, <c>Assert.That</c>, <c>Assert.Fail</c>,
        /// <c>ClassicAssert.AreEqual</c>, TUnit's <c>Assert.That</c> entry point), a fluent check (the method after
        /// <c>Should()</c>, Shouldly's <c>ShouldBe…</c>) or a mock verification.
        /// </summary>
        public bool IsAssertionMethod(IMethodSymbol method)
        {
            method = Normalize(method);
            var containingType = method.ContainingType;
            if (containingType is null)
            {
                return false;
            }

            if (assertTypes.Contains(containingType))
            {
                return !NonAssertingAssertMembers.Contains(method.Name);
            }

            var assembly = method.ContainingAssembly;
            return IsFluentAssertion(method, assembly, types.FluentAssertionsAssembly)
                || IsFluentAssertion(method, assembly, types.AwesomeAssertionsAssembly)
                || IsShouldlyAssertion(method, assembly)
                || IsMockVerification(method);
        }

        /// <summary>
        /// True for <c>Assert.AreEqual(…)</c> naming a member that the referenced version of a framework Assert type does
        /// not have: NUnit 3's classic assertions compiled against NUnit 4, where they moved to <c>ClassicAssert</c> (a
        /// scan that bundles one NUnit, a project mid-upgrade). It is an assertion of another version of that framework.
        /// </summary>
        public bool IsAssertionOfAnotherVersion(INamedTypeSymbol receiverType, string memberName) =>
            assertTypes.Contains(receiverType.OriginalDefinition) && !NonAssertingAssertMembers.Contains(memberName);

        /// <summary>
        /// True for <c>Assert.Equal(expected, actual)</c> bound late because an argument is <c>dynamic</c>: the call names
        /// an asserting member of a framework Assert type, which overload runs is decided at run time.
        /// </summary>
        public bool IsDynamicAssertion(IDynamicMemberReferenceOperation member) =>
            member.Instance is null
            && member.ContainingType is INamedTypeSymbol type
            && assertTypes.Contains(type.OriginalDefinition)
            && !NonAssertingAssertMembers.Contains(member.MemberName);

        /// <summary>True for a mock verification: Moq <c>Verify*</c>, NSubstitute <c>Received</c>/<c>DidNotReceive</c>…, FakeItEasy <c>MustHaveHappened*</c>.</summary>
        public bool IsMockVerification(IMethodSymbol method)
        {
            method = Normalize(method);
            var assembly = method.ContainingAssembly;
            if (assembly is null)
            {
                return false;
            }

            if (Is(assembly, types.MoqAssembly))
            {
                // Verify, VerifyAll, VerifyGet, VerifySet, VerifyAdd, VerifyRemove, VerifyNoOtherCalls; not Verifiable().
                return method.Name.StartsWith("Verify", StringComparison.Ordinal);
            }

            if (Is(assembly, types.NSubstituteAssembly))
            {
                return NSubstituteVerifications.Contains(method.Name)
                    && (method.Name != "InOrder" || Is(method.ContainingType, types.NSubstituteReceived));
            }

            return Is(assembly, types.FakeItEasyAssembly)
                && (method.Name.StartsWith("MustHaveHappened", StringComparison.Ordinal)
                    || method.Name.StartsWith("MustNotHaveHappened", StringComparison.Ordinal));
        }

        /// <summary>
        /// True when throwing <paramref name="type"/> fails a test the way an assertion does: the frameworks' assertion
        /// exceptions (and xUnit's <c>IAssertionException</c>), the fluent libraries' and the mocking libraries'
        /// verification failures. xUnit's <c>SkipException</c> skips and is excluded.
        /// </summary>
        public bool IsAssertionException(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named)
            {
                return false;
            }

            for (var current = named; current is not null; current = current.BaseType)
            {
                if (Is(current, types.XunitSkipException))
                {
                    return false;
                }

                foreach (var exception in assertionExceptions)
                {
                    if (Is(current, exception))
                    {
                        return true;
                    }
                }
            }

            return types.XunitAssertionExceptionInterface is { } marker
                && named.AllInterfaces.Contains(marker, SymbolEqualityComparer.Default);
        }

        /// <summary>The symbol to compare: the static definition of a reduced extension call, the generic definition.</summary>
        internal static IMethodSymbol Normalize(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition;

        // FluentAssertions/AwesomeAssertions: Should() only wraps the subject; the check is the method called on the
        // assertion object it returns (Be, BeEquivalentTo, Throw, WithMessage, …), an extension on such an object
        // (BeCloseTo), or FailWith in a custom assertion. Options builders (Excluding, Using) are not checks.
        private static bool IsFluentAssertion(IMethodSymbol method, IAssemblySymbol? assembly, IAssemblySymbol? library)
        {
            if (library is null || !Is(assembly, library) || NonAssertingFluentMembers.Contains(method.Name))
            {
                return false;
            }

            if (method.Name == "FailWith")
            {
                return true;
            }

            var receiver = method.IsExtensionMethod && method.Parameters.Length > 0
                ? method.Parameters[0].Type
                : method.ContainingType;
            return IsAssertionObject(UnwrapTask(receiver), library);
        }

        private static bool IsAssertionObject(ITypeSymbol? type, IAssemblySymbol library)
        {
            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                // ObjectAssertions, GenericCollectionAssertions`3, …, and the shared bases (NumericAssertionsBase`3).
                if (Is(current.ContainingAssembly, library)
                    && (current.Name.EndsWith("Assertions", StringComparison.Ordinal) || current.Name.EndsWith("AssertionsBase", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        private static ITypeSymbol? UnwrapTask(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task
                ? task.TypeArguments[0]
                : type;

        // Shouldly marks each class of assertion methods with [ShouldlyMethods]; AssertAwesomely is its core check.
        private bool IsShouldlyAssertion(IMethodSymbol method, IAssemblySymbol? assembly)
        {
            if (types.ShouldlyAssembly is not { } shouldly || !Is(assembly, shouldly))
            {
                return false;
            }

            if (method.Name.StartsWith("AssertAwesomely", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var attribute in method.ContainingType.GetAttributes())
            {
                if (Is(attribute.AttributeClass, types.ShouldlyMethodsAttribute))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
