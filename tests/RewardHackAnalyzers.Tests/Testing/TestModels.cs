using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    /// <summary>Shorthands for the model tests: the model of a test compilation, a reference set named in theory data.</summary>
    internal static class TestModels
    {
        private static readonly AnalyzerOptions NoOptions = new(ImmutableArray<AdditionalText>.Empty);

        public static TestModel Model(this TestCompilation compilation, AnalyzerOptions? options = null) =>
            TestModel.For(compilation.Compilation, options ?? NoOptions);

        /// <summary>The <see cref="TestLibraries"/> set called <paramref name="name"/> (theory data stays readable as a name).</summary>
        public static ReferenceAssemblies References(string name)
        {
            var property = typeof(TestLibraries).GetProperty(name);
            Assert.NotNull(property);
            return Assert.IsType<ReferenceAssemblies>(property.GetValue(null));
        }
    }
}
