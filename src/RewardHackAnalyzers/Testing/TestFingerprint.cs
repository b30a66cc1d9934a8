using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// What one test method promises, in a form two versions of the code can be compared by: its identity and place, whether
    /// a runner finds it, whether it is skipped, its data rows, and its assertions in order. Built by
    /// <see cref="TestFingerprints"/>; plain values only, so it outlives its compilation and compares across compilations.
    /// </summary>
    public sealed class TestFingerprint
    {
        public TestFingerprint(
            string id,
            string filePath,
            int line,
            TestDiscoverability discoverability,
            string? skipReason,
            bool isSkipped,
            ImmutableArray<string> dataRows,
            bool hasDynamicData,
            ImmutableArray<string> parameters,
            ImmutableArray<TestFingerprintAssertion> assertions,
            string normalizedBody,
            ImmutableArray<string> referencedTypes)
        {
            Id = id;
            FilePath = filePath;
            Line = line;
            Discoverability = discoverability;
            SkipReason = skipReason;
            IsSkipped = isSkipped;
            DataRows = dataRows;
            HasDynamicData = hasDynamicData;
            Parameters = parameters;
            Assertions = assertions;
            NormalizedBody = normalizedBody;
            ReferencedTypes = referencedTypes;
        }

        /// <summary>The fully qualified id: <c>Namespace.Outer.Class.Method</c> (no parameter list).</summary>
        public string Id { get; }

        /// <summary>The path of the file that declares the method, as the compilation knows it.</summary>
        public string FilePath { get; }

        /// <summary>The 1-based line of the method's name.</summary>
        public int Line { get; }

        public TestDiscoverability Discoverability { get; }

        /// <summary>True when a runner finds and runs the method: a test attribute, public, in a class it can instantiate.</summary>
        public bool IsDiscoverable => Discoverability == TestDiscoverability.Discoverable;

        /// <summary>True when an attribute on the method or its class switches the test off (see <see cref="DisabledTests"/>).</summary>
        public bool IsSkipped { get; }

        /// <summary>The reason written next to the skip; null when none was given or the test is not skipped.</summary>
        public string? SkipReason { get; }

        /// <summary>The constant data rows (<c>[InlineData]</c>, <c>[TestCase]</c>, <c>[DataRow]</c>, <c>[Arguments]</c>), each as C# text: <c>(2, 4)</c>.</summary>
        public ImmutableArray<string> DataRows { get; }

        /// <summary>True when rows also come from a member or class (<c>MemberData</c>, <c>TestCaseSource</c>, ...): <see cref="DataRows"/> is then not all of them.</summary>
        public bool HasDynamicData { get; }

        /// <summary>The parameter names, in order; a data row's values line up with them.</summary>
        public ImmutableArray<string> Parameters { get; }

        /// <summary>The assertions of the body in source order; a call to an assertion helper is one entry holding the helper's own.</summary>
        public ImmutableArray<TestFingerprintAssertion> Assertions { get; }

        /// <summary>The body's tokens joined by single spaces: comments, layout and trivia do not count.</summary>
        public string NormalizedBody { get; }

        /// <summary>The source types (outside test frameworks and libraries) the body uses, fully qualified, sorted: the code under test.</summary>
        public ImmutableArray<string> ReferencedTypes { get; }

        /// <summary>The assertions with every helper call replaced by the assertions it makes, in order.</summary>
        public IReadOnlyList<TestFingerprintAssertion> EffectiveAssertions => Assertions.SelectMany(a => a.Effective()).ToList();

        public override string ToString() => Id;
    }

    /// <summary>Whether a runner finds a test method, and if not, why.</summary>
    public enum TestDiscoverability
    {
        Discoverable,
        NoTestAttribute,
        NotPublic,
        AbstractClass,
    }
}
