using System.Threading;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        private SmokeTestNames? smokeTestNames;

        /// <summary>
        /// True when the test's attributes make it fail unless a specific outcome happens, so it checks something
        /// without an assertion in its body: MSTest <c>[ExpectedException]</c> (any <c>ExpectedExceptionBaseAttribute</c>),
        /// an NUnit attribute with <c>ExpectedResult</c>, or an NUnit <c>[TestCaseSource]</c> test that returns a value
        /// (NUnit compares it with the case's <c>Returns(…)</c>).
        /// </summary>
        public bool DeclaresExpectedOutcome(IMethodSymbol testMethod)
        {
            var nunit = Types.NUnitTestAttribute?.ContainingAssembly;
            foreach (var attribute in testMethod.GetAttributes())
            {
                var attributeClass = attribute.AttributeClass;
                if (KnownSymbols.DerivesFrom(attributeClass, Types.MSTestExpectedExceptionBaseAttribute))
                {
                    return true;
                }

                if (nunit is null || !SymbolEqualityComparer.Default.Equals(attributeClass?.ContainingAssembly, nunit))
                {
                    continue;
                }

                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "ExpectedResult")
                    {
                        return true;
                    }
                }

                if (KnownSymbols.DerivesFrom(attributeClass, Types.NUnitTestCaseSourceAttribute) && ReturnsValue(testMethod))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the test's name (or its class's name) says it only checks that the code runs without throwing:
        /// it contains <c>DoesNotThrow</c>, <c>DoesntThrow</c>, <c>NotThrow</c>, <c>NoThrow</c>, <c>NoException</c>,
        /// <c>WithoutException</c>, <c>WithoutThrowing</c> or <c>Smoke</c> (case-insensitive, underscores ignored), or
        /// it matches the <see cref="SmokeTestNamePatternOption"/> regular expression.
        /// </summary>
        public bool IsNamedSmokeTest(IMethodSymbol testMethod, CancellationToken cancellationToken)
        {
            var names = LazyInitializer.EnsureInitialized(ref smokeTestNames, () => SmokeTestNames.Read(Compilation, Options))!;
            return names.IsSmokeTest(testMethod, cancellationToken);
        }

        private static bool ReturnsValue(IMethodSymbol method) =>
            !method.ReturnsVoid
            && method.ReturnType is not INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 0 };
    }
}
