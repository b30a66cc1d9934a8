using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace RewardHackAnalyzers.CodeFixes.SpecialCasing
{
    /// <summary>
    /// Removes the special-case branch around a reported literal and keeps the general path: an if statement goes
    /// (its else takes its place), a case label or switch arm goes, a conditional expression becomes its false branch.
    /// </summary>
    internal static class SpecialCaseRemoval
    {
        /// <summary>The root without the branch whose condition, label or pattern holds <paramref name="anchor"/>; null when no removal keeps the code valid.</summary>
        public static SyntaxNode? Remove(SyntaxNode root, SyntaxNode anchor)
        {
            foreach (var node in anchor.AncestorsAndSelf())
            {
                switch (node)
                {
                    case SwitchLabelSyntax label when label.Parent is SwitchSectionSyntax section:
                        return section.Labels.Count > 1
                            ? root.RemoveNode(label, SyntaxRemoveOptions.KeepNoTrivia)
                            : root.RemoveNode(section, SyntaxRemoveOptions.KeepNoTrivia);
                    case SwitchExpressionArmSyntax arm when arm.Parent is SwitchExpressionSyntax switchExpression:
                        return root.ReplaceNode(switchExpression, switchExpression.WithArms(switchExpression.Arms.Remove(arm)));
                    case ConditionalExpressionSyntax conditional when conditional.Condition.Span.Contains(anchor.Span):
                        return root.ReplaceNode(conditional, conditional.WhenFalse.WithTriviaFrom(conditional));
                    case IfStatementSyntax ifStatement when ifStatement.Condition.Span.Contains(anchor.Span):
                        return RemoveIf(root, ifStatement);
                    case StatementSyntax or MemberDeclarationSyntax:
                        return null;
                }
            }

            return null;
        }

        private static SyntaxNode? RemoveIf(SyntaxNode root, IfStatementSyntax ifStatement)
        {
            var inList = ifStatement.Parent is BlockSyntax or SwitchSectionSyntax;
            if (ifStatement.Else is { Statement: var general })
            {
                if (inList && general is BlockSyntax block)
                {
                    var statements = block.Statements.Select((s, i) => i == 0 ? s.WithLeadingTrivia(ifStatement.GetLeadingTrivia()) : s);
                    return root.ReplaceNode(ifStatement, statements.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)));
                }

                return root.ReplaceNode(ifStatement, general.WithTriviaFrom(ifStatement).WithAdditionalAnnotations(Formatter.Annotation));
            }

            return ifStatement.Parent switch
            {
                BlockSyntax or SwitchSectionSyntax => root.RemoveNode(ifStatement, SyntaxRemoveOptions.KeepNoTrivia),
                ElseClauseSyntax { Parent: IfStatementSyntax outer } =>
                    root.ReplaceNode(outer, outer.WithElse(null).WithTrailingTrivia(ifStatement.GetTrailingTrivia())),
                _ => null,
            };
        }
    }
}
