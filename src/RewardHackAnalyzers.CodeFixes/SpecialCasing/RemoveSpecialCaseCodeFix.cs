using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.CodeFixes.SpecialCasing
{
    /// <summary>
    /// RH0202: removes the special-case branch and keeps the general path (<see cref="SpecialCaseRemoval"/>). Fixing all
    /// removes the branches one after another, so nested conditionals and several labels of one section all go.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveSpecialCaseCodeFix)), Shared]
    public sealed class RemoveSpecialCaseCodeFix : CodeFixProvider
    {
        private const string Title = "Remove the special case";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0202_LiteralInputSpecialCased.Id);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => RemoveAsync(document, diagnostics, context.CancellationToken)!);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (SpecialCaseRemoval.Remove(root, Anchor(root, diagnostic)) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => RemoveAsync(context.Document, ImmutableArray.Create(diagnostic), ct), Title),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> RemoveAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            // Track every reported literal, then remove one branch at a time from the current tree: a removal that takes
            // another branch with it (an outer if) leaves nothing to find for that one.
            var anchors = diagnostics.Select(d => Anchor(root, d)).Distinct().ToList();
            var current = root.TrackNodes(anchors);
            foreach (var anchor in anchors)
            {
                if (current.GetCurrentNode(anchor) is { } found && SpecialCaseRemoval.Remove(current, found) is { } changed)
                {
                    current = changed;
                }
            }

            return document.WithSyntaxRoot(current);
        }

        private static SyntaxNode Anchor(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
    }
}
