using System.Collections.Generic;
using System.Collections.Immutable;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>One assertion of a test, as <see cref="TestFingerprint"/> records it.</summary>
    public sealed class TestFingerprintAssertion
    {
        public TestFingerprintAssertion(
            AssertionKind kind,
            string name,
            AssertionStrength strength,
            string? expected,
            int? expectedParameter,
            string? tolerance,
            int line,
            ImmutableArray<TestFingerprintAssertion> inner)
        {
            Kind = kind;
            Name = name;
            Strength = strength;
            Expected = expected;
            ExpectedParameter = expectedParameter;
            Tolerance = tolerance;
            Line = line;
            Inner = inner;
        }

        public AssertionKind Kind { get; }

        /// <summary>As written for people: <c>Assert.Equal</c>, <c>Should().Be</c>, <c>ShouldBe</c>, <c>Verify</c>, the helper's name.</summary>
        public string Name { get; }

        public AssertionStrength Strength { get; }

        /// <summary>The expected value when it is a constant, as C# text (<c>4</c>, <c>"abc"</c>, <c>null</c>); else null.</summary>
        public string? Expected { get; }

        /// <summary>The 0-based index of the test parameter passed as the expected value (its values are in the data rows); else null.</summary>
        public int? ExpectedParameter { get; }

        /// <summary>The tolerance, delta or precision argument when it is a constant, as C# text; else null.</summary>
        public string? Tolerance { get; }

        /// <summary>The 1-based line of the call (or throw).</summary>
        public int Line { get; }

        /// <summary>For <see cref="AssertionKind.Helper"/>: the assertions the helper makes (helpers within expanded in turn).</summary>
        public ImmutableArray<TestFingerprintAssertion> Inner { get; }

        /// <summary>This assertion, or for a helper the assertions it makes in order (an empty helper counts as itself).</summary>
        public IEnumerable<TestFingerprintAssertion> Effective()
        {
            if (Kind != AssertionKind.Helper || Inner.IsDefaultOrEmpty)
            {
                yield return this;
                yield break;
            }

            foreach (var inner in Inner)
            {
                foreach (var effective in inner.Effective())
                {
                    yield return effective;
                }
            }
        }

        public override string ToString() => Name;
    }

    /// <summary>Where an assertion comes from.</summary>
    public enum AssertionKind
    {
        /// <summary>A test framework's Assert type (xUnit, NUnit, MSTest, TUnit).</summary>
        Framework,

        /// <summary>A FluentAssertions or AwesomeAssertions check after <c>Should()</c>.</summary>
        Fluent,

        /// <summary>A Shouldly <c>Should…</c> extension or <c>Should.Throw</c>.</summary>
        Shouldly,

        /// <summary>A mock verification (Moq <c>Verify</c>, NSubstitute <c>Received</c>, FakeItEasy <c>MustHaveHappened</c>).</summary>
        MockVerification,

        /// <summary>A method declared an assertion by attribute or option.</summary>
        Declared,

        /// <summary>A user method that reaches an assertion (see <see cref="TestModel.IsAssertionHelper"/>).</summary>
        Helper,

        /// <summary>A <c>throw</c> of an assertion exception.</summary>
        Throw,

        /// <summary>An assertion-shaped call that does not resolve, recognised by name.</summary>
        Unresolved,
    }

    /// <summary>
    /// How much an assertion pins down, strongest first within a family: an exact value says more than a range, which says
    /// more than "not null" or "true"; a specific exception says more than "any exception".
    /// </summary>
    public enum AssertionStrength
    {
        Equality,
        Inequality,
        Range,
        Collection,
        Text,
        Type,
        Boolean,
        NullCheck,
        ThrowsSpecific,
        ThrowsAny,
        NoThrow,
        Verification,
        Other,
    }
}
