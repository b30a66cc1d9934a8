using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RewardHackAnalyzers.Infrastructure
{
    /// <summary>
    /// Searches the source text of a node without walking its syntax or operations: a cheap necessary condition that
    /// lets a rule skip a member whose text cannot hold what it looks for (a comment, a call of some name).
    /// </summary>
    internal static class NodeText
    {
        /// <summary>True when <paramref name="value"/> occurs in the full text of <paramref name="node"/> (trivia included).</summary>
        public static bool Contains(SyntaxNode node, string value, CancellationToken cancellationToken)
        {
            var text = node.SyntaxTree.GetText(cancellationToken);
            var span = node.FullSpan;
            var last = span.End - value.Length;
            for (var start = span.Start; start <= last; start++)
            {
                if (Matches(text, start, value))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Matches(SourceText text, int start, string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (text[start + i] != value[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
