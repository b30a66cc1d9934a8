using System;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>One comparison of a special case: a <see cref="ParameterSubject"/> equal to a literal.</summary>
    internal sealed class SpecialCaseKey
    {
        public SpecialCaseKey(ParameterSubject subject, object? value, bool ignoreCase, SyntaxNode literal)
        {
            Subject = subject;
            Value = value;
            IgnoreCase = ignoreCase;
            Literal = literal;
        }

        public ParameterSubject Subject { get; }

        /// <summary>The literal's constant value.</summary>
        public object? Value { get; }

        /// <summary>True for <c>string.Equals(code, "vip", StringComparison.OrdinalIgnoreCase)</c> and the like.</summary>
        public bool IgnoreCase { get; }

        /// <summary>The literal as written.</summary>
        public SyntaxNode Literal { get; }

        /// <summary>
        /// 0, 1, -1, the empty string, null, true/false and '\0': the values base cases and guards compare with, which
        /// a test checking them checks the definition, not a memorised answer.
        /// </summary>
        public bool IsTrivial => LiteralResults.IsTrivialValue(Value);

        /// <summary>True when the test input, taken through the subject's derivation, is this literal.</summary>
        public bool IsMetBy(TestInput input)
        {
            if (!Subject.TryApply(input.Value, out var derived))
            {
                return false;
            }

            return IgnoreCase && derived is string text && Value is string literal
                ? string.Equals(text, literal, StringComparison.OrdinalIgnoreCase)
                : LiteralText.Same(derived, Value);
        }
    }
}
