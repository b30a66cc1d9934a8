using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.FakedSuccess;

namespace RewardHackAnalyzers.CodeFixes.FakedSuccess
{
    /// <summary>
    /// RH0104: removes the forced pass, skip or literal assertion, so the test's verdict comes from its real checks.
    /// Offered only for a statement that stands directly in the test's body beside other statements (the analyzer
    /// marks those); fixing all never empties a test, so the last statement of a body made only of forced passes stays.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveForcedPassCodeFix)), Shared]
    public sealed class RemoveForcedPassCodeFix : CodeFixProvider
    {
        private const string Title = "Remove the forced verdict";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.RH0104_ForcedPass.Id);

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
                if (Statement(root, diagnostic) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => RemoveAsync(context.Document, ImmutableArray.Create(diagnostic), ct), nameof(RemoveForcedPassCodeFix)),
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

            var removed = new List<StatementSyntax>();
            var byBody = diagnostics.Select(d => Statement(root, d)).OfType<StatementSyntax>().Distinct().GroupBy(s => (BlockSyntax)s.Parent!);
            foreach (var group in byBody)
            {
                var statements = group.OrderBy(s => s.SpanStart).ToList();
                removed.AddRange(statements.Count == group.Key.Statements.Count ? statements.Take(statements.Count - 1) : statements);
            }

            var changed = root.RemoveNodes(removed, SyntaxRemoveOptions.KeepNoTrivia);
            return changed is null ? document : document.WithSyntaxRoot(changed);
        }

        private static StatementSyntax? Statement(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.ContainsKey(ForcedPassAnalyzer.RemovableProperty))
            {
                return null;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var statement = node as StatementSyntax ?? node.Parent as ExpressionStatementSyntax;
            return statement?.Parent is BlockSyntax { Parent: MethodDeclarationSyntax } ? statement : null;
        }
    }
}
