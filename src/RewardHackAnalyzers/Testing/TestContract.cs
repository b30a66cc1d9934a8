using System.Collections.Immutable;
using System.Linq;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>Whether a recorded test ran: found and run, switched off by an attribute, or not found by the runner at all.</summary>
    public enum TestContractState
    {
        Runs,
        Skipped,
        Hidden,
    }

    /// <summary>
    /// What one test promised when its contract was recorded (docs/test-contract.md): whether it runs, how many data rows
    /// it runs with, and its assertions — how many, which kinds, and the expected values and tolerances they compare with.
    /// A projection of the test's <see cref="TestFingerprint"/>, so <c>rewardhack diff</c> and RH0706 see a test alike.
    /// </summary>
    public sealed class TestContract
    {
        /// <summary>Marks a tolerance among <see cref="Expected"/>: <c>~0.01</c>.</summary>
        public const string TolerancePrefix = "~";

        public TestContract(string id, TestContractState state, int dataRows, int assertions, ImmutableArray<string> kinds, ImmutableArray<string> expected)
        {
            Id = id;
            State = state;
            DataRows = dataRows;
            Assertions = assertions;
            Kinds = kinds;
            Expected = expected;
        }

        /// <summary>Namespace, containing types and method name (<see cref="TestFingerprints.IdOf"/>): <c>Calc.Tests.AdderTests.Adds</c>.</summary>
        public string Id { get; }

        public TestContractState State { get; }

        /// <summary>The number of constant data rows (<c>[InlineData]</c>, <c>[TestCase]</c>, <c>[DataRow]</c>, <c>[Arguments]</c>).</summary>
        public int DataRows { get; }

        /// <summary>The number of assertions, helpers counted as the assertions they make.</summary>
        public int Assertions { get; }

        /// <summary>Each assertion as <c>name:strength</c> in body order: <c>Assert.Equal:Equality</c>, <c>Should().BeNull:NullCheck</c>.</summary>
        public ImmutableArray<string> Kinds { get; }

        /// <summary>The constant expected values (C# text) and tolerances (<see cref="TolerancePrefix"/>) of the assertions, in body order.</summary>
        public ImmutableArray<string> Expected { get; }

        /// <summary>The contract <paramref name="fingerprint"/> fulfils.</summary>
        public static TestContract From(TestFingerprint fingerprint)
        {
            var assertions = fingerprint.EffectiveAssertions;
            var expected = ImmutableArray.CreateBuilder<string>();
            foreach (var assertion in assertions)
            {
                if (assertion.Expected is { } value)
                {
                    expected.Add(value);
                }

                if (assertion.Tolerance is { } tolerance)
                {
                    expected.Add(TolerancePrefix + tolerance);
                }
            }

            var state = !fingerprint.IsDiscoverable ? TestContractState.Hidden
                : fingerprint.IsSkipped ? TestContractState.Skipped
                : TestContractState.Runs;
            return new TestContract(
                fingerprint.Id,
                state,
                fingerprint.DataRows.Length,
                assertions.Count,
                assertions.Select(a => a.Name + ":" + a.Strength).ToImmutableArray(),
                expected.ToImmutable());
        }
    }
}
