using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.CodeFixes.Equality
{
    /// <summary>RH0001 "Compare all state": a member-wise Equals over the type's instance state and a consistent GetHashCode.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CompareAllStateCodeFix)), Shared]
    public sealed class CompareAllStateCodeFix : CodeFixProvider
    {
        internal const string Title = "Compare all state";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0001_EqualsAlwaysTrue.Id);

        // Two Equals of one type share one GetHashCode, so fixes are not independent: fix all groups them per type.
        public override FixAllProvider GetFixAllProvider() => CompareAllStateFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (CompareAllState.EqualsAt(root, diagnostic) is not { } equals || !CompareAllState.CanFix(equals, model, context.CancellationToken))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => CompareAllState.ApplyAsync(context.Document, new[] { equals }, ct), equivalenceKey: Title),
                    diagnostic);
            }
        }

        private sealed class CompareAllStateFixAllProvider : DocumentBasedFixAllProvider
        {
            public static CompareAllStateFixAllProvider Instance { get; } = new();

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    return document;
                }

                var declarations = diagnostics.Select(d => CompareAllState.EqualsAt(root, d)).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Distinct();
                return await CompareAllState.ApplyAsync(document, declarations, fixAllContext.CancellationToken).ConfigureAwait(false);
            }
        }
    }
}
