using System.Collections.Immutable;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// What one test promised when its contract was recorded (docs/test-contract.md): whether it runs, how many data rows
    /// it runs with, and its assertions — how many, which kinds, and the expected literals they compare with.
    /// </summary>
    public sealed class TestContract
    {
        public TestContract(string id, bool isSkipped, int dataRows, int assertions, ImmutableArray<string> kinds, ImmutableArray<string> expected)
        {
            Id = id;
            IsSkipped = isSkipped;
            DataRows = dataRows;
            Assertions = assertions;
            Kinds = kinds;
            Expected = expected;
        }

        /// <summary>Namespace, containing types and method name: <c>Calc.Tests.AdderTests.Adds_two_numbers</c>.</summary>
        public string Id { get; }

        /// <summary>True when an attribute switches the test or its class off (see <see cref="DisabledTests"/>).</summary>
        public bool IsSkipped { get; }

        /// <summary>The number of inline data rows (<c>[InlineData]</c>, <c>[TestCase]</c>, <c>[DataRow]</c>, <c>[Arguments]</c>).</summary>
        public int DataRows { get; }

        /// <summary>The number of assertions in the test's body (framework, library, mock verification or helper calls).</summary>
        public int Assertions { get; }

        /// <summary>Each assertion's kind in body order: <c>Assert.Equal</c>, <c>Assert.That:Is.EqualTo</c>, <c>Be</c>, <c>ShouldBe</c>.</summary>
        public ImmutableArray<string> Kinds { get; }

        /// <summary>The constant values the assertions compare with, as C# literals, in body order.</summary>
        public ImmutableArray<string> Expected { get; }
    }
}
