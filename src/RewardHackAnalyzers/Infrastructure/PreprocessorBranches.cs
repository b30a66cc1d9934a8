using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Infrastructure
{
    /// <summary>
    /// Where compiled code sits among <c>#if</c>/<c>#elif</c>/<c>#else</c> branches: code in a branch chosen by a symbol
    /// (<c>#if !LONG_RUNNING</c>, <c>#elif NET8_0</c>, or the <c>#else</c> of one) is compiled in some builds only.
    /// </summary>
    public static class PreprocessorBranches
    {
        /// <summary>True when <paramref name="node"/> is inside a branch whose choice depends on a preprocessor symbol.</summary>
        public static bool DependsOnSymbol(SyntaxNode node, CancellationToken cancellationToken)
        {
            if (node.SyntaxTree.GetRoot(cancellationToken) is not CSharpSyntaxNode { ContainsDirectives: true } root)
            {
                return false;
            }

            // One entry per open #if: whether any condition of its chain so far names a symbol.
            var open = new Stack<bool>();
            var position = node.SpanStart;
            for (var directive = root.GetFirstDirective(); directive is not null && directive.SpanStart < position; directive = directive.GetNextDirective())
            {
                switch (directive)
                {
                    case IfDirectiveTriviaSyntax ifDirective:
                        open.Push(NamesSymbol(ifDirective.Condition));
                        break;
                    case ElifDirectiveTriviaSyntax elif when open.Count > 0:
                        open.Push(open.Pop() || NamesSymbol(elif.Condition));
                        break;
                    case EndIfDirectiveTriviaSyntax when open.Count > 0:
                        open.Pop();
                        break;
                }
            }

            return open.Contains(true);
        }

        private static bool NamesSymbol(ExpressionSyntax condition)
        {
            foreach (var node in condition.DescendantNodesAndSelf())
            {
                if (node is IdentifierNameSyntax)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
