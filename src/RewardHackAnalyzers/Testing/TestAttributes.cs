using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using static RewardHackAnalyzers.Testing.KnownSymbols;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Recognises the attributes that make a method a test or a class a test fixture: a known framework attribute,
    /// an attribute derived from one (a custom <c>[MyFact]</c>), or one implementing the interface the framework
    /// discovers tests through. Names are consulted only for attributes whose type does not resolve.
    /// </summary>
    internal sealed class TestAttributes
    {
        private static readonly ImmutableHashSet<string> TestMethodNames = WithAttributeSuffix(
            "Fact", "Theory", "Test", "TestCase", "TestCaseSource", "TestMethod", "DataTestMethod");

        private static readonly ImmutableHashSet<string> TestClassNames = WithAttributeSuffix("TestFixture", "TestClass");

        private readonly ImmutableArray<INamedTypeSymbol> testMethodAttributes;
        private readonly ImmutableArray<INamedTypeSymbol> testMethodInterfaces;
        private readonly ImmutableArray<INamedTypeSymbol> testClassAttributes;

        public TestAttributes(KnownTestTypes types)
        {
            testMethodAttributes = NonNull(
                types.XunitFactAttribute, types.XunitTheoryAttribute,
                types.NUnitTestAttribute, types.NUnitTestCaseAttribute, types.NUnitTestCaseSourceAttribute, types.NUnitTheoryAttribute,
                types.MSTestTestMethodAttribute, types.MSTestDataTestMethodAttribute,
                types.TUnitTestAttribute);
            testMethodInterfaces = NonNull(
                types.XunitV3FactAttributeInterface, types.NUnitTestBuilderInterface, types.NUnitSimpleTestBuilderInterface);
            testClassAttributes = NonNull(
                types.NUnitTestFixtureAttribute, types.NUnitTestFixtureSourceAttribute, types.MSTestTestClassAttribute);
        }

        /// <summary>True for the name of a test attribute as written (<c>Fact</c>, <c>TestMethod</c>, <c>TestAttribute</c>), for code that does not bind.</summary>
        public static bool IsTestMethodAttributeName(string name) => TestMethodNames.Contains(name);

        public bool MarksTestMethod(ISymbol symbol) => HasAttribute(symbol, testMethodAttributes, testMethodInterfaces, TestMethodNames);

        public bool MarksTestClass(ISymbol symbol) =>
            HasAttribute(symbol, testClassAttributes, ImmutableArray<INamedTypeSymbol>.Empty, TestClassNames);

        private static bool HasAttribute(
            ISymbol symbol, ImmutableArray<INamedTypeSymbol> known, ImmutableArray<INamedTypeSymbol> interfaces, ImmutableHashSet<string> unresolvedNames)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                var attributeClass = attribute.AttributeClass;
                if (attributeClass is null)
                {
                    continue;
                }

                var matches = attributeClass.TypeKind == TypeKind.Error
                    ? unresolvedNames.Contains(attributeClass.Name)
                    : IsOrDerivesFrom(attributeClass, known, interfaces);
                if (matches)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsOrDerivesFrom(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> known, ImmutableArray<INamedTypeSymbol> interfaces)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (known.Contains(current.OriginalDefinition, SymbolEqualityComparer.Default))
                {
                    return true;
                }
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (interfaces.Contains(implemented.OriginalDefinition, SymbolEqualityComparer.Default))
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableHashSet<string> WithAttributeSuffix(params string[] names)
        {
            var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                builder.Add(name);
                builder.Add(name + "Attribute");
            }

            return builder.ToImmutable();
        }
    }
}
