using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The shared model of test code for one compilation: which frameworks and libraries it uses, and what counts as a
    /// test or an assertion (see docs/test-model.md). Built once per compilation and shared by every rule; every member
    /// is thread-safe, because analyzers run concurrently.
    /// </summary>
    public sealed partial class TestModel
    {
        /// <summary>
        /// The analyzer config option (<c>.editorconfig</c> or <c>.globalconfig</c>) that declares more assertion
        /// methods: a comma-separated list of fully qualified method names (<c>My.Namespace.Checks.Verify</c>) or type
        /// names (<c>My.Namespace.Checks</c>: every method of that type).
        /// </summary>
        public const string AssertionMethodsOption = "rewardhack.assertion_methods";

        /// <summary>
        /// The analyzer config option that names more "does not throw" smoke tests (see <see cref="IsNamedSmokeTest"/>):
        /// a .NET regular expression matched against a test method's name.
        /// </summary>
        public const string SmokeTestNamePatternOption = "rewardhack.smoke_test_name_pattern";

        /// <summary>The longest chain of user methods through which a helper may reach an assertion and still count.</summary>
        public const int AssertionHelperMaxDepth = 4;

        // Keyed on the compilation, so the model lives exactly as long as the compilation it describes.
        private static readonly ConditionalWeakTable<Compilation, TestModel> Cache = new();

        private readonly TestAttributes testAttributes;
        private readonly FrameworkAssertions frameworkAssertions;
        private readonly DeclaredAssertionMethods declaredAssertions;
        private readonly AssertionHelpers assertionHelpers;
        private readonly TestOutcomeCalls outcomeCalls;
        private readonly ConcurrentDictionary<SyntaxNode, ImmutableArray<ISymbol>> candidates = new();
        private readonly Tripwires tripwires;

        private TestModel(Compilation compilation, AnalyzerOptions options)
        {
            Compilation = compilation;
            Types = KnownTestTypes.Resolve(compilation);
            Options = options;
            testAttributes = new TestAttributes(Types);
            frameworkAssertions = new FrameworkAssertions(Types);
            declaredAssertions = DeclaredAssertionMethods.Read(compilation, options);
            assertionHelpers = new AssertionHelpers(this, compilation);
            outcomeCalls = new TestOutcomeCalls(Types);
            tripwires = new Tripwires(assertionHelpers, compilation);
        }

        /// <summary>
        /// The model of <paramref name="compilation"/>, created on first use. The analyzer options of a compilation are
        /// the same for every analyzer, so the first caller's <paramref name="options"/> serve all.
        /// </summary>
        public static TestModel For(Compilation compilation, AnalyzerOptions options) =>
            Cache.GetValue(compilation, c => new TestModel(c, options));

        public Compilation Compilation { get; }
        public KnownTestTypes Types { get; }
        public AnalyzerOptions Options { get; }

        public TestFrameworks Frameworks => Types.Frameworks;
        public AssertionLibraries AssertionLibraries => Types.AssertionLibraries;
        public MockingLibraries MockingLibraries => Types.MockingLibraries;

        /// <summary>True when the compilation references a test framework or a test platform assembly.</summary>
        public bool IsTestProject => Frameworks != TestFrameworks.None || Types.ReferencesTestPlatform;
    }
}
