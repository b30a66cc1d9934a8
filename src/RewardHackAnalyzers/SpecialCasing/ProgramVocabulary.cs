using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// The string values a compilation writes more than once: its own vocabulary (mode names, codes, keys). An input
    /// copied from a test appears once, in the special case; a value the program names elsewhere too is a domain term.
    /// Built on first use (only when a special case has no test evidence) and shared per compilation.
    /// </summary>
    internal sealed class ProgramVocabulary
    {
        private static readonly ConditionalWeakTable<Compilation, ProgramVocabulary> Cache = new();

        private readonly HashSet<string> repeated;

        private ProgramVocabulary(HashSet<string> repeated) => this.repeated = repeated;

        public static ProgramVocabulary For(Compilation compilation, CancellationToken cancellationToken)
        {
            if (Cache.TryGetValue(compilation, out var known))
            {
                return known;
            }

            var vocabulary = new ProgramVocabulary(RepeatedStrings(compilation, cancellationToken));
            return Cache.GetValue(compilation, _ => vocabulary);
        }

        /// <summary>True when <paramref name="value"/> is a string the program writes in two places or more.</summary>
        public bool Names(object? value) => value is string text && repeated.Contains(text);

        private static HashSet<string> RepeatedStrings(Compilation compilation, CancellationToken cancellationToken)
        {
            var seen = new HashSet<string>();
            var repeated = new HashSet<string>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
                {
                    if (IsStringLiteral(token) && !seen.Add(token.ValueText))
                    {
                        repeated.Add(token.ValueText);
                    }
                }
            }

            return repeated;
        }

        private static bool IsStringLiteral(SyntaxToken token) =>
            token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken;
    }
}
