using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The well-known types of test frameworks, assertion and mocking libraries, resolved once per compilation.
    /// A member is null when the compilation does not reference that library; rules never call
    /// <see cref="Compilation.GetTypeByMetadataName"/> themselves. Metadata names were read from the packages
    /// themselves (xunit 2.9.3, xunit.v3 3.2.2, NUnit 3.14/4.3.2, MSTest 3.11.1, TUnit 1.81.10,
    /// FluentAssertions 7.2.2, AwesomeAssertions 9.6.0, Shouldly 4.3.0, Moq 4.20.72, NSubstitute 5.3.0, FakeItEasy 6.0.1).
    /// </summary>
    public sealed class KnownTestTypes
    {
        // Assembly names that mark a test project even when no framework type resolves (the VSTest object model,
        // Microsoft.Testing.Platform, the MSTest framework assemblies).
        private static readonly ImmutableArray<string> TestPlatformAssemblyPrefixes = ImmutableArray.Create(
            "Microsoft.VisualStudio.TestPlatform", "Microsoft.TestPlatform", "Microsoft.Testing.Platform");

        private KnownTestTypes(Compilation compilation)
        {
            var rootNamespaces = RootNamespaces(compilation);
            INamedTypeSymbol? Get(string metadataName) => MayDeclare(rootNamespaces, metadataName) ? Resolve(compilation, metadataName) : null;

            XunitFactAttribute = Get("Xunit.FactAttribute");
            XunitTheoryAttribute = Get("Xunit.TheoryAttribute");
            XunitV3FactAttributeInterface = Get("Xunit.v3.IFactAttribute");
            XunitAssert = Get("Xunit.Assert");
            XunitException = Get("Xunit.Sdk.XunitException");
            XunitSkipException = Get("Xunit.Sdk.SkipException");
            XunitAssertionExceptionInterface = Get("Xunit.Sdk.IAssertionException");

            NUnitTestAttribute = Get("NUnit.Framework.TestAttribute");
            NUnitTestCaseAttribute = Get("NUnit.Framework.TestCaseAttribute");
            NUnitTestCaseSourceAttribute = Get("NUnit.Framework.TestCaseSourceAttribute");
            NUnitTheoryAttribute = Get("NUnit.Framework.TheoryAttribute");
            NUnitTestBuilderInterface = Get("NUnit.Framework.Interfaces.ITestBuilder");
            NUnitSimpleTestBuilderInterface = Get("NUnit.Framework.Interfaces.ISimpleTestBuilder");
            NUnitTestFixtureAttribute = Get("NUnit.Framework.TestFixtureAttribute");
            NUnitTestFixtureSourceAttribute = Get("NUnit.Framework.TestFixtureSourceAttribute");
            NUnitAssert = Get("NUnit.Framework.Assert");
            NUnitClassicAssert = Get("NUnit.Framework.Legacy.ClassicAssert");
            NUnitCollectionAssert = Get("NUnit.Framework.Legacy.CollectionAssert") ?? Get("NUnit.Framework.CollectionAssert");
            NUnitStringAssert = Get("NUnit.Framework.Legacy.StringAssert") ?? Get("NUnit.Framework.StringAssert");
            NUnitFileAssert = Get("NUnit.Framework.Legacy.FileAssert") ?? Get("NUnit.Framework.FileAssert");
            NUnitDirectoryAssert = Get("NUnit.Framework.Legacy.DirectoryAssert") ?? Get("NUnit.Framework.DirectoryAssert");
            NUnitIs = Get("NUnit.Framework.Is");
            NUnitHas = Get("NUnit.Framework.Has");
            NUnitDoes = Get("NUnit.Framework.Does");
            NUnitThrows = Get("NUnit.Framework.Throws");
            NUnitEqualConstraint = Get("NUnit.Framework.Constraints.EqualConstraint");
            NUnitAssertionException = Get("NUnit.Framework.AssertionException");
            NUnitMultipleAssertException = Get("NUnit.Framework.MultipleAssertException");
            NUnitSuccessException = Get("NUnit.Framework.SuccessException");
            NUnitIgnoreException = Get("NUnit.Framework.IgnoreException");
            NUnitInconclusiveException = Get("NUnit.Framework.InconclusiveException");
            NUnitIgnoreAttribute = Get("NUnit.Framework.IgnoreAttribute");
            NUnitExplicitAttribute = Get("NUnit.Framework.ExplicitAttribute");

            MSTestTestMethodAttribute = Get("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute");
            MSTestDataTestMethodAttribute = Get("Microsoft.VisualStudio.TestTools.UnitTesting.DataTestMethodAttribute");
            MSTestTestClassAttribute = Get("Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute");
            MSTestAssert = Get("Microsoft.VisualStudio.TestTools.UnitTesting.Assert");
            MSTestCollectionAssert = Get("Microsoft.VisualStudio.TestTools.UnitTesting.CollectionAssert");
            MSTestStringAssert = Get("Microsoft.VisualStudio.TestTools.UnitTesting.StringAssert");
            MSTestAssertFailedException = Get("Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException");
            MSTestAssertInconclusiveException = Get("Microsoft.VisualStudio.TestTools.UnitTesting.AssertInconclusiveException");
            MSTestIgnoreAttribute = Get("Microsoft.VisualStudio.TestTools.UnitTesting.IgnoreAttribute");
            MSTestExpectedExceptionBaseAttribute = Get("Microsoft.VisualStudio.TestTools.UnitTesting.ExpectedExceptionBaseAttribute");

            TUnitTestAttribute = Get("TUnit.Core.TestAttribute");
            TUnitAssert = Get("TUnit.Assertions.Assert");
            TUnitAssertionException = Get("TUnit.Assertions.Exceptions.BaseAssertionException");
            TUnitSkip = Get("TUnit.Core.Skip");
            TUnitSkipAttribute = Get("TUnit.Core.SkipAttribute");

            FluentAssertionExtensions = Get("FluentAssertions.AssertionExtensions");
            AwesomeAssertionExtensions = Get("AwesomeAssertions.AssertionExtensions");
            FluentEquivalencyOptions = Get("FluentAssertions.Equivalency.EquivalencyOptions`1")
                ?? Get("FluentAssertions.Equivalency.EquivalencyAssertionOptions`1");
            AwesomeEquivalencyOptions = Get("AwesomeAssertions.Equivalency.EquivalencyOptions`1");
            FluentAssertionFailedException = Get("FluentAssertions.Execution.AssertionFailedException");
            AwesomeAssertionFailedException = Get("AwesomeAssertions.Execution.AssertionFailedException");
            ShouldlyShouldBeTestExtensions = Get("Shouldly.ShouldBeTestExtensions");
            ShouldlyMethodsAttribute = Get("Shouldly.ShouldlyMethodsAttribute");
            ShouldAssertException = Get("Shouldly.ShouldAssertException");

            MoqMock = Get("Moq.Mock");
            MoqMockOfT = Get("Moq.Mock`1");
            MoqMockException = Get("Moq.MockException");
            NSubstituteSubstituteExtensions = Get("NSubstitute.SubstituteExtensions");
            NSubstituteReceived = Get("NSubstitute.Received");
            NSubstituteReceivedCallsException = Get("NSubstitute.Exceptions.ReceivedCallsException");
            FakeItEasyA = Get("FakeItEasy.A");
            FakeItEasyExpectationException = Get("FakeItEasy.ExpectationException");

            EqualityComparerOfT = Get("System.Collections.Generic.EqualityComparer`1");
            ComparerOfT = Get("System.Collections.Generic.Comparer`1");
            ExpressionOfT = Get("System.Linq.Expressions.Expression`1");
            ConditionalAttribute = Get("System.Diagnostics.ConditionalAttribute");

            Frameworks =
                (XunitFactAttribute ?? XunitAssert) switch
                {
                    null => TestFrameworks.None,
                    var xunit when IsFromAssembly(xunit, "xunit.v3") => TestFrameworks.XunitV3,
                    _ => TestFrameworks.XunitV2,
                } |
                (NUnitTestAttribute is null ? TestFrameworks.None : TestFrameworks.NUnit) |
                (MSTestTestMethodAttribute is null ? TestFrameworks.None : TestFrameworks.MSTest) |
                ((TUnitTestAttribute ?? TUnitAssert) is null ? TestFrameworks.None : TestFrameworks.TUnit);

            AssertionLibraries =
                (FluentAssertionExtensions is null ? AssertionLibraries.None : AssertionLibraries.FluentAssertions) |
                (AwesomeAssertionExtensions is null ? AssertionLibraries.None : AssertionLibraries.AwesomeAssertions) |
                (ShouldlyShouldBeTestExtensions is null ? AssertionLibraries.None : AssertionLibraries.Shouldly);

            MockingLibraries =
                (MoqMock is null ? MockingLibraries.None : MockingLibraries.Moq) |
                (NSubstituteSubstituteExtensions is null ? MockingLibraries.None : MockingLibraries.NSubstitute) |
                (FakeItEasyA is null ? MockingLibraries.None : MockingLibraries.FakeItEasy);

            ReferencesTestPlatform = ReferencesAssemblyStartingWith(compilation, TestPlatformAssemblyPrefixes);
        }

        public static KnownTestTypes Resolve(Compilation compilation) => new(compilation);

        public TestFrameworks Frameworks { get; }
        public AssertionLibraries AssertionLibraries { get; }
        public MockingLibraries MockingLibraries { get; }

        /// <summary>True when the compilation references a test platform assembly (VSTest, Microsoft.Testing.Platform).</summary>
        public bool ReferencesTestPlatform { get; }

        public INamedTypeSymbol? XunitFactAttribute { get; }
        public INamedTypeSymbol? XunitTheoryAttribute { get; }
        /// <summary>xUnit v3 discovers tests through this interface, so a custom attribute may implement it without deriving from Fact.</summary>
        public INamedTypeSymbol? XunitV3FactAttributeInterface { get; }
        public INamedTypeSymbol? XunitAssert { get; }
        public INamedTypeSymbol? XunitException { get; }
        public INamedTypeSymbol? XunitSkipException { get; }
        public INamedTypeSymbol? XunitAssertionExceptionInterface { get; }

        public INamedTypeSymbol? NUnitTestAttribute { get; }
        public INamedTypeSymbol? NUnitTestCaseAttribute { get; }
        public INamedTypeSymbol? NUnitTestCaseSourceAttribute { get; }
        public INamedTypeSymbol? NUnitTheoryAttribute { get; }
        /// <summary>NUnit builds tests from attributes implementing these (Test, TestCase, TestCaseSource, Theory, Combinatorial, …).</summary>
        public INamedTypeSymbol? NUnitTestBuilderInterface { get; }
        public INamedTypeSymbol? NUnitSimpleTestBuilderInterface { get; }
        public INamedTypeSymbol? NUnitTestFixtureAttribute { get; }
        public INamedTypeSymbol? NUnitTestFixtureSourceAttribute { get; }
        public INamedTypeSymbol? NUnitAssert { get; }
        public INamedTypeSymbol? NUnitClassicAssert { get; }
        public INamedTypeSymbol? NUnitCollectionAssert { get; }
        public INamedTypeSymbol? NUnitStringAssert { get; }
        public INamedTypeSymbol? NUnitFileAssert { get; }
        public INamedTypeSymbol? NUnitDirectoryAssert { get; }
        public INamedTypeSymbol? NUnitIs { get; }
        public INamedTypeSymbol? NUnitHas { get; }
        public INamedTypeSymbol? NUnitDoes { get; }
        public INamedTypeSymbol? NUnitThrows { get; }
        public INamedTypeSymbol? NUnitEqualConstraint { get; }
        public INamedTypeSymbol? NUnitAssertionException { get; }
        public INamedTypeSymbol? NUnitMultipleAssertException { get; }
        /// <summary>Thrown by <c>Assert.Pass</c>, <c>Assert.Ignore</c> and <c>Assert.Inconclusive</c>: outcomes, not failures.</summary>
        public INamedTypeSymbol? NUnitSuccessException { get; }
        public INamedTypeSymbol? NUnitIgnoreException { get; }
        public INamedTypeSymbol? NUnitInconclusiveException { get; }
        public INamedTypeSymbol? NUnitIgnoreAttribute { get; }
        public INamedTypeSymbol? NUnitExplicitAttribute { get; }

        public INamedTypeSymbol? MSTestTestMethodAttribute { get; }
        public INamedTypeSymbol? MSTestDataTestMethodAttribute { get; }
        public INamedTypeSymbol? MSTestTestClassAttribute { get; }
        public INamedTypeSymbol? MSTestAssert { get; }
        public INamedTypeSymbol? MSTestCollectionAssert { get; }
        public INamedTypeSymbol? MSTestStringAssert { get; }
        public INamedTypeSymbol? MSTestAssertFailedException { get; }
        public INamedTypeSymbol? MSTestAssertInconclusiveException { get; }
        public INamedTypeSymbol? MSTestIgnoreAttribute { get; }
        /// <summary>Base of MSTest <c>[ExpectedException]</c>: a test carrying one fails unless the exception is thrown.</summary>
        public INamedTypeSymbol? MSTestExpectedExceptionBaseAttribute { get; }

        public INamedTypeSymbol? TUnitTestAttribute { get; }
        public INamedTypeSymbol? TUnitAssert { get; }
        public INamedTypeSymbol? TUnitAssertionException { get; }
        /// <summary>TUnit's dynamic skips: <c>Skip.Test</c>, <c>Skip.When</c>, <c>Skip.Unless</c>.</summary>
        public INamedTypeSymbol? TUnitSkip { get; }
        public INamedTypeSymbol? TUnitSkipAttribute { get; }

        public INamedTypeSymbol? FluentAssertionExtensions { get; }
        public INamedTypeSymbol? AwesomeAssertionExtensions { get; }
        public INamedTypeSymbol? FluentEquivalencyOptions { get; }
        public INamedTypeSymbol? AwesomeEquivalencyOptions { get; }
        public INamedTypeSymbol? FluentAssertionFailedException { get; }
        public INamedTypeSymbol? AwesomeAssertionFailedException { get; }
        public INamedTypeSymbol? ShouldlyShouldBeTestExtensions { get; }
        /// <summary>Shouldly marks every class of assertion methods (extensions, <c>Should</c>, <c>DynamicShould</c>) with it.</summary>
        public INamedTypeSymbol? ShouldlyMethodsAttribute { get; }
        public INamedTypeSymbol? ShouldAssertException { get; }

        public INamedTypeSymbol? MoqMock { get; }
        public INamedTypeSymbol? MoqMockOfT { get; }
        public INamedTypeSymbol? MoqMockException { get; }
        public INamedTypeSymbol? NSubstituteSubstituteExtensions { get; }
        public INamedTypeSymbol? NSubstituteReceived { get; }
        public INamedTypeSymbol? NSubstituteReceivedCallsException { get; }
        public INamedTypeSymbol? FakeItEasyA { get; }
        public INamedTypeSymbol? FakeItEasyExpectationException { get; }

        /// <summary>Base-library comparer factories (<c>EqualityComparer&lt;T&gt;.Create</c>, <c>Comparer&lt;T&gt;.Create</c>) that wrap a lambda handed to an assertion.</summary>
        public INamedTypeSymbol? EqualityComparerOfT { get; }
        public INamedTypeSymbol? ComparerOfT { get; }

        /// <summary>Expression&lt;TDelegate&gt;: predicates of FluentAssertions/AwesomeAssertions arrive as expression trees.</summary>
        public INamedTypeSymbol? ExpressionOfT { get; }

        /// <summary>Calls to methods carrying it can be compiled away, so such methods never count as assertions.</summary>
        public INamedTypeSymbol? ConditionalAttribute { get; }

        public IAssemblySymbol? FluentAssertionsAssembly => FluentAssertionExtensions?.ContainingAssembly;
        public IAssemblySymbol? AwesomeAssertionsAssembly => AwesomeAssertionExtensions?.ContainingAssembly;
        public IAssemblySymbol? ShouldlyAssembly => ShouldlyShouldBeTestExtensions?.ContainingAssembly;
        public IAssemblySymbol? MoqAssembly => MoqMock?.ContainingAssembly;
        public IAssemblySymbol? NSubstituteAssembly => NSubstituteSubstituteExtensions?.ContainingAssembly;
        public IAssemblySymbol? FakeItEasyAssembly => FakeItEasyA?.ContainingAssembly;

        /// <summary>
        /// The type with <paramref name="metadataName"/>, preferring a referenced assembly over a declaration in the
        /// compilation itself: code that declares its own <c>Xunit.Assert</c> next to the real one shadows the
        /// framework, and its methods must not count as the framework's. A source declaration is used only when no
        /// reference provides the type (a source-only package such as xunit.assert.source). Types a reference declares
        /// internal (a helper library that compiled xunit.assert.source into itself) are not the framework's either.
        /// </summary>
        private static INamedTypeSymbol? Resolve(Compilation compilation, string metadataName)
        {
            INamedTypeSymbol? inSource = null;
            foreach (var candidate in compilation.GetTypesByMetadataName(metadataName))
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
                {
                    inSource ??= candidate;
                }
                else if (compilation.IsSymbolAccessibleWithin(candidate, compilation.Assembly))
                {
                    return candidate;
                }
            }

            return inSource;
        }

        // GetTypesByMetadataName searches every referenced assembly, once for each of the names above; a project
        // references one framework and a library or two, so most names are answered by their root namespace alone.
        private static bool MayDeclare(HashSet<string> rootNamespaces, string metadataName)
        {
            var dot = metadataName.IndexOf('.');
            return dot < 0 || rootNamespaces.Contains(metadataName.Substring(0, dot));
        }

        // Per assembly rather than the compilation's merged global namespace, which leaves out extern-aliased references.
        private static HashSet<string> RootNamespaces(Compilation compilation)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            AddRootNamespaces(compilation.Assembly, names);
            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
                {
                    AddRootNamespaces(assembly, names);
                }
            }

            return names;
        }

        private static void AddRootNamespaces(IAssemblySymbol assembly, HashSet<string> names)
        {
            foreach (var root in assembly.GlobalNamespace.GetNamespaceMembers())
            {
                names.Add(root.Name);
            }
        }

        private static bool ReferencesAssemblyStartingWith(Compilation compilation, ImmutableArray<string> prefixes)
        {
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                foreach (var prefix in prefixes)
                {
                    if (assembly.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsFromAssembly(INamedTypeSymbol type, string assemblyNamePrefix) =>
            type.ContainingAssembly?.Name.StartsWith(assemblyNamePrefix, StringComparison.OrdinalIgnoreCase) == true;
    }
}
