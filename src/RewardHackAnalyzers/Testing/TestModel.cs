using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The shared model of test code for one compilation: which frameworks and libraries it uses, and what counts as a
    /// test or an assertion. Built once per compilation and shared by every rule.
    /// </summary>
    public sealed partial class TestModel
    {
        // Keyed on the compilation, so the model lives exactly as long as the compilation it describes.
        private static readonly ConditionalWeakTable<Compilation, TestModel> Cache = new();

        private TestModel(Compilation compilation, AnalyzerOptions options)
        {
            Compilation = compilation;
            Types = KnownTestTypes.Resolve(compilation);
            Options = options;
        }

        /// <summary>The model of <paramref name="compilation"/>, created on first use.</summary>
        public static TestModel For(Compilation compilation, AnalyzerOptions options) =>
            Cache.GetValue(compilation, c => new TestModel(c, options));

        public Compilation Compilation { get; }
        public KnownTestTypes Types { get; }
        public AnalyzerOptions Options { get; }

        public TestFrameworks Frameworks => Types.Frameworks;
        public AssertionLibraries AssertionLibraries => Types.AssertionLibraries;
        public MockingLibraries MockingLibraries => Types.MockingLibraries;

        /// <summary>True when the compilation references any test framework.</summary>
        public bool IsTestProject => Frameworks != TestFrameworks.None;
    }
}
