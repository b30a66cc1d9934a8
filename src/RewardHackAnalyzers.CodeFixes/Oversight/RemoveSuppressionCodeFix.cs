using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.CodeFixes.Oversight
{
    /// <summary>
    /// RH0501: removes the suppression: the id from the <c>#pragma warning disable</c> (and from the matching
    /// <c>restore</c>), the whole directive when nothing else is left in it, or the <c>[SuppressMessage]</c> attribute.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveSuppressionCodeFix)), Shared]
    public sealed class RemoveSuppressionCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "RH0501.RemoveSuppression";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0501_RuleSuppressedInCode.Id);

        public override FixAllProvider GetFixAllProvider() => RemoveSuppressionsFixAllProvider.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the suppression",
                        ct => RemoveAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                        EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        internal static async Task<Document> RemoveAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var plan = SuppressionRemoval.Plan(root, text, diagnostics);
            return plan.IsEmpty ? document : document.WithText(text.WithChanges(plan));
        }

        private sealed class RemoveSuppressionsFixAllProvider : DocumentBasedFixAllProvider
        {
            public static RemoveSuppressionsFixAllProvider Instance { get; } = new();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Remove the suppressions";

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
                await RemoveAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
