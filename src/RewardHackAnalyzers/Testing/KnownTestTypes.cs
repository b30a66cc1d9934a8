using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The well-known types of test frameworks, assertion and mocking libraries, resolved once per compilation.
    /// A member is null when the compilation does not reference that library; rules never call
    /// <see cref="Compilation.GetTypeByMetadataName"/> themselves.
    /// </summary>
    public sealed class KnownTestTypes
    {
        private KnownTestTypes(Compilation compilation)
        {
            INamedTypeSymbol? Get(string metadataName) => compilation.GetTypeByMetadataName(metadataName);

            XunitFactAttribute = Get("Xunit.FactAttribute");
            XunitTheoryAttribute = Get("Xunit.TheoryAttribute");
            XunitAssert = Get("Xunit.Assert");
            XunitException = Get("Xunit.Sdk.XunitException");

            NUnitTestAttribute = Get("NUnit.Framework.TestAttribute");
            NUnitTestCaseAttribute = Get("NUnit.Framework.TestCaseAttribute");
            NUnitTestCaseSourceAttribute = Get("NUnit.Framework.TestCaseSourceAttribute");
            NUnitTheoryAttribute = Get("NUnit.Framework.TheoryAttribute");
            NUnitTestFixtureAttribute = Get("NUnit.Framework.TestFixtureAttribute");
            NUnitAssert = Get("NUnit.Framework.Assert");
            NUnitClassicAssert = Get("NUnit.Framework.Legacy.ClassicAssert");
            NUnitCollectionAssert = Get("NUnit.Framework.Legacy.CollectionAssert") ?? Get("NUnit.Framework.CollectionAssert");
            NUnitStringAssert = Get("NUnit.Framework.Legacy.StringAssert") ?? Get("NUnit.Framework.StringAssert");
            NUnitIs = Get("NUnit.Framework.Is");
            NUnitHas = Get("NUnit.Framework.Has");
            NUnitDoes = Get("NUnit.Framework.Does");
            NUnitThrows = Get("NUnit.Framework.Throws");
            NUnitEqualConstraint = Get("NUnit.Framework.Constraints.EqualConstraint");
            NUnitAssertionException = Get("NUnit.Framework.AssertionException");

            MSTestTestMethodAttribute = Get("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute");
            MSTestTestClassAttribute = Get("Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute");
            MSTestAssert = Get("Microsoft.VisualStudio.TestTools.UnitTesting.Assert");
            MSTestCollectionAssert = Get("Microsoft.VisualStudio.TestTools.UnitTesting.CollectionAssert");
            MSTestStringAssert = Get("Microsoft.VisualStudio.TestTools.UnitTesting.StringAssert");
            MSTestAssertFailedException = Get("Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException");

            TUnitTestAttribute = Get("TUnit.Core.TestAttribute");
            TUnitAssert = Get("TUnit.Assertions.Assert");

            FluentAssertionExtensions = Get("FluentAssertions.AssertionExtensions");
            AwesomeAssertionExtensions = Get("AwesomeAssertions.AssertionExtensions");
            FluentEquivalencyOptions = Get("FluentAssertions.Equivalency.EquivalencyOptions`1")
                ?? Get("FluentAssertions.Equivalency.EquivalencyAssertionOptions`1");
            AwesomeEquivalencyOptions = Get("AwesomeAssertions.Equivalency.EquivalencyOptions`1");
            ShouldlyShouldBeTestExtensions = Get("Shouldly.ShouldBeTestExtensions");

            MoqMock = Get("Moq.Mock");
            MoqMockOfT = Get("Moq.Mock`1");
            NSubstituteSubstituteExtensions = Get("NSubstitute.SubstituteExtensions");
            FakeItEasyA = Get("FakeItEasy.A");

            EqualityComparerOfT = Get("System.Collections.Generic.EqualityComparer`1");
            ComparerOfT = Get("System.Collections.Generic.Comparer`1");
            ExpressionOfT = Get("System.Linq.Expressions.Expression`1");

            Frameworks = Detect(
                (XunitFactAttribute, XunitAssert) switch
                {
                    (null, null) => TestFrameworks.None,
                    _ when IsFromAssembly(XunitFactAttribute ?? XunitAssert, "xunit.v3") => TestFrameworks.XunitV3,
                    _ => TestFrameworks.XunitV2,
                },
                NUnitTestAttribute is null ? TestFrameworks.None : TestFrameworks.NUnit,
                MSTestTestMethodAttribute is null ? TestFrameworks.None : TestFrameworks.MSTest,
                TUnitTestAttribute is null ? TestFrameworks.None : TestFrameworks.TUnit);

            AssertionLibraries =
                (FluentAssertionExtensions is null ? AssertionLibraries.None : AssertionLibraries.FluentAssertions) |
                (AwesomeAssertionExtensions is null ? AssertionLibraries.None : AssertionLibraries.AwesomeAssertions) |
                (ShouldlyShouldBeTestExtensions is null ? AssertionLibraries.None : AssertionLibraries.Shouldly);

            MockingLibraries =
                (MoqMock is null ? MockingLibraries.None : MockingLibraries.Moq) |
                (NSubstituteSubstituteExtensions is null ? MockingLibraries.None : MockingLibraries.NSubstitute) |
                (FakeItEasyA is null ? MockingLibraries.None : MockingLibraries.FakeItEasy);
        }

        public static KnownTestTypes Resolve(Compilation compilation) => new(compilation);

        public TestFrameworks Frameworks { get; }
        public AssertionLibraries AssertionLibraries { get; }
        public MockingLibraries MockingLibraries { get; }

        public INamedTypeSymbol? XunitFactAttribute { get; }
        public INamedTypeSymbol? XunitTheoryAttribute { get; }
        public INamedTypeSymbol? XunitAssert { get; }
        public INamedTypeSymbol? XunitException { get; }

        public INamedTypeSymbol? NUnitTestAttribute { get; }
        public INamedTypeSymbol? NUnitTestCaseAttribute { get; }
        public INamedTypeSymbol? NUnitTestCaseSourceAttribute { get; }
        public INamedTypeSymbol? NUnitTheoryAttribute { get; }
        public INamedTypeSymbol? NUnitTestFixtureAttribute { get; }
        public INamedTypeSymbol? NUnitAssert { get; }
        public INamedTypeSymbol? NUnitClassicAssert { get; }
        public INamedTypeSymbol? NUnitCollectionAssert { get; }
        public INamedTypeSymbol? NUnitStringAssert { get; }
        public INamedTypeSymbol? NUnitIs { get; }
        public INamedTypeSymbol? NUnitHas { get; }
        public INamedTypeSymbol? NUnitDoes { get; }
        public INamedTypeSymbol? NUnitThrows { get; }
        public INamedTypeSymbol? NUnitEqualConstraint { get; }
        public INamedTypeSymbol? NUnitAssertionException { get; }

        public INamedTypeSymbol? MSTestTestMethodAttribute { get; }
        public INamedTypeSymbol? MSTestTestClassAttribute { get; }
        public INamedTypeSymbol? MSTestAssert { get; }
        public INamedTypeSymbol? MSTestCollectionAssert { get; }
        public INamedTypeSymbol? MSTestStringAssert { get; }
        public INamedTypeSymbol? MSTestAssertFailedException { get; }

        public INamedTypeSymbol? TUnitTestAttribute { get; }
        public INamedTypeSymbol? TUnitAssert { get; }

        public INamedTypeSymbol? FluentAssertionExtensions { get; }
        public INamedTypeSymbol? AwesomeAssertionExtensions { get; }
        public INamedTypeSymbol? FluentEquivalencyOptions { get; }
        public INamedTypeSymbol? AwesomeEquivalencyOptions { get; }
        public INamedTypeSymbol? ShouldlyShouldBeTestExtensions { get; }

        public INamedTypeSymbol? MoqMock { get; }
        public INamedTypeSymbol? MoqMockOfT { get; }
        public INamedTypeSymbol? NSubstituteSubstituteExtensions { get; }
        public INamedTypeSymbol? FakeItEasyA { get; }

        /// <summary>Base-library comparer factories (<c>EqualityComparer&lt;T&gt;.Create</c>, <c>Comparer&lt;T&gt;.Create</c>) that wrap a lambda handed to an assertion.</summary>
        public INamedTypeSymbol? EqualityComparerOfT { get; }
        public INamedTypeSymbol? ComparerOfT { get; }

        /// <summary>Expression&lt;TDelegate&gt;: predicates of FluentAssertions/AwesomeAssertions arrive as expression trees.</summary>
        public INamedTypeSymbol? ExpressionOfT { get; }

        private static TestFrameworks Detect(params TestFrameworks[] found)
        {
            var all = TestFrameworks.None;
            foreach (var framework in found)
            {
                all |= framework;
            }

            return all;
        }

        private static bool IsFromAssembly(INamedTypeSymbol? type, string assemblyNamePrefix) =>
            type?.ContainingAssembly?.Name.StartsWith(assemblyNamePrefix, System.StringComparison.OrdinalIgnoreCase) == true;
    }
}
