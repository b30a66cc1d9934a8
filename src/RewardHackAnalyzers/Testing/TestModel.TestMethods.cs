using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> testClasses = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// True for a method with a test attribute, or an attribute derived from one (a custom <c>[MyFact]</c>
        /// counts): xUnit <c>Fact</c>/<c>Theory</c> (v2 and v3, and v3's <c>IFactAttribute</c>), NUnit
        /// <c>Test</c>/<c>TestCase</c>/<c>TestCaseSource</c>/<c>Theory</c> (any NUnit test builder), MSTest
        /// <c>TestMethod</c>/<c>DataTestMethod</c>, TUnit <c>Test</c>. The method's name plays no part.
        /// </summary>
        public bool IsTestMethod(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Ordinary && testAttributes.MarksTestMethod(method);

        /// <summary>
        /// True for a class marked NUnit <c>TestFixture</c>/<c>TestFixtureSource</c> or MSTest <c>TestClass</c> (or
        /// derived), or one that declares or inherits a test method.
        /// </summary>
        public bool IsTestClass(INamedTypeSymbol type)
        {
            if (testClasses.TryGetValue(type, out var known))
            {
                return known;
            }

            return testClasses.GetOrAdd(type, DecideTestClass(type));
        }

        private bool DecideTestClass(INamedTypeSymbol type)
        {
            if (testAttributes.MarksTestClass(type))
            {
                return true;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IMethodSymbol method && IsTestMethod(method))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
