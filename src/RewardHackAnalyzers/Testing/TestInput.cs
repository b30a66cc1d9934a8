using System;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// One literal a test passes to a method under test: the method (its documentation comment id, the same in the
    /// test project and in the project that declares it), the parameter it fills, the literal in C# syntax and the test.
    /// A line of the test-inputs file (see docs/test-inputs.md).
    /// </summary>
    public sealed class TestInput : IEquatable<TestInput>
    {
        private TestInput(string methodId, int parameterIndex, string literal, string testMethod, object? value)
        {
            MethodId = methodId;
            ParameterIndex = parameterIndex;
            Literal = literal;
            TestMethod = testMethod;
            Value = value;
        }

        /// <summary>The documentation comment id of the method under test, e.g. <c>M:Kata.Pricing.Discount(System.String)</c>.</summary>
        public string MethodId { get; }

        /// <summary>The 0-based index of the parameter the literal fills (an extension method's receiver is 0).</summary>
        public int ParameterIndex { get; }

        /// <summary>The literal in C# syntax (<c>"VIP2024"</c>, <c>42</c>, <c>2.5M</c>, <c>'x'</c>, <c>null</c>).</summary>
        public string Literal { get; }

        /// <summary>The fully qualified name of the test that passes it, e.g. <c>Kata.Tests.PricingTests.Vip_discount</c>.</summary>
        public string TestMethod { get; }

        /// <summary>The literal's value (a string, char, bool, number or null).</summary>
        internal object? Value { get; }

        /// <summary>
        /// An input, or null when <paramref name="literal"/> is not a C# literal (a string, character, number, bool or
        /// null, optionally negated) or another field is empty or out of range.
        /// </summary>
        public static TestInput? Create(string methodId, int parameterIndex, string literal, string testMethod)
        {
            if (string.IsNullOrWhiteSpace(methodId) || parameterIndex < 0 || string.IsNullOrWhiteSpace(testMethod)
                || !LiteralText.TryParse(literal, out var value))
            {
                return null;
            }

            return new TestInput(methodId, parameterIndex, literal, testMethod, value);
        }

        /// <summary>True when the literal denotes <paramref name="value"/> (numbers compare by value across types).</summary>
        internal bool Denotes(object? value) => LiteralText.Same(Value, value);

        public bool Equals(TestInput? other) =>
            other is not null
            && string.Equals(MethodId, other.MethodId, StringComparison.Ordinal)
            && ParameterIndex == other.ParameterIndex
            && string.Equals(Literal, other.Literal, StringComparison.Ordinal)
            && string.Equals(TestMethod, other.TestMethod, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as TestInput);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = StringComparer.Ordinal.GetHashCode(MethodId);
                hash = (hash * 31) + ParameterIndex;
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Literal);
                return (hash * 31) + StringComparer.Ordinal.GetHashCode(TestMethod);
            }
        }

        public override string ToString() => MethodId + "\t" + ParameterIndex + "\t" + Literal + "\t" + TestMethod;
    }
}
