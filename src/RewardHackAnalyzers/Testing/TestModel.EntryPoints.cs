using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using static RewardHackAnalyzers.Testing.KnownSymbols;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        private ImmutableHashSet<INamedTypeSymbol>? assertionEntryPoints;

        /// <summary>
        /// The framework types a test names to assert: xUnit/NUnit/MSTest/TUnit <c>Assert</c>; NUnit <c>ClassicAssert</c>,
        /// <c>CollectionAssert</c>, <c>StringAssert</c>, <c>FileAssert</c>, <c>DirectoryAssert</c> and the constraint
        /// entry points <c>Is</c>, <c>Has</c>, <c>Does</c>, <c>Throws</c>; MSTest <c>CollectionAssert</c> and
        /// <c>StringAssert</c>. Only the types this compilation resolves: a class named <c>Is</c> shadows nothing in a
        /// project without NUnit.
        /// </summary>
        public ImmutableHashSet<INamedTypeSymbol> AssertionEntryPoints =>
            LazyInitializer.EnsureInitialized(ref assertionEntryPoints, () => NonNull(
                Types.XunitAssert,
                Types.NUnitAssert, Types.NUnitClassicAssert, Types.NUnitCollectionAssert, Types.NUnitStringAssert,
                Types.NUnitFileAssert, Types.NUnitDirectoryAssert, Types.NUnitIs, Types.NUnitHas, Types.NUnitDoes, Types.NUnitThrows,
                Types.MSTestAssert, Types.MSTestCollectionAssert, Types.MSTestStringAssert,
                Types.TUnitAssert).ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default))!;

        /// <summary>True when <paramref name="name"/> is the simple name of one of <see cref="AssertionEntryPoints"/>.</summary>
        public bool IsAssertionEntryPointName(string name) => AssertionEntryPoints.Any(type => type.Name == name);

        /// <summary>True when <paramref name="type"/> is one of <see cref="AssertionEntryPoints"/> itself, not a namesake.</summary>
        public bool IsAssertionEntryPoint(INamedTypeSymbol type) => AssertionEntryPoints.Contains(type.OriginalDefinition);
    }
}
