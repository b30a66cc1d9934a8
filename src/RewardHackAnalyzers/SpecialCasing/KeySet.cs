using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// One input a special case recognises: the comparisons that must all hold (one, or one per element of a tuple),
    /// and where to report it.
    /// </summary>
    internal sealed class KeySet
    {
        public KeySet(ImmutableArray<SpecialCaseKey> keys, SyntaxNode location)
        {
            Keys = keys;
            Location = location;
        }

        public ImmutableArray<SpecialCaseKey> Keys { get; }

        /// <summary>The literal, or the tuple pattern, the diagnostic points at.</summary>
        public SyntaxNode Location { get; }

        public bool IsTrivial => Keys.All(k => k.IsTrivial);

        /// <summary><c>'code'</c>, or <c>'(a, b)'</c> for several comparisons.</summary>
        public string SubjectDisplay => Keys.Length == 1
            ? "'" + Keys[0].Subject.Display + "'"
            : "'(" + string.Join(", ", Keys.Select(k => k.Subject.Display)) + ")'";

        /// <summary><c>"VIP2024"</c>, or <c>(2, 3)</c> for several comparisons.</summary>
        public string LiteralDisplay => Keys.Length == 1
            ? Keys[0].Literal.ToString()
            : "(" + string.Join(", ", Keys.Select(k => k.Literal.ToString())) + ")";
    }
}
