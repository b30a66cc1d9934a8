using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.CodeFixes.FakedSuccess
{
    /// <summary>
    /// RH0103: lets the failure surface by dropping the swallowing catch clause. When it was the only clause and there is
    /// no finally, the try is unwrapped: its statements take its place. Otherwise only the clause goes.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnwrapSwallowedFailureCodeFix)), Shared]
    public sealed class UnwrapSwallowedFailureCodeFix : CodeFixProvider
    {
        private const string Title = "Let the failure surface (remove the catch)";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0103_SwallowedFailure.Id);

        // Two clauses of one try would rewrite the same statement, so fix-all is not offered.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not CatchClauseSyntax { Parent: TryStatementSyntax attempt } clause)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(Unwrap(root, attempt, clause))), Title),
                    diagnostic);
            }
        }

        private static SyntaxNode Unwrap(SyntaxNode root, TryStatementSyntax attempt, CatchClauseSyntax clause)
        {
            if (attempt.Catches.Count > 1 || attempt.Finally is not null)
            {
                return root.ReplaceNode(attempt, attempt.WithCatches(attempt.Catches.Remove(clause)));
            }

            if (attempt.Parent is not BlockSyntax)
            {
                return root.ReplaceNode(attempt, attempt.Block.WithTriviaFrom(attempt).WithAdditionalAnnotations(Formatter.Annotation));
            }

            var statements = attempt.Block.Statements
                .Select(s => s.WithAdditionalAnnotations(Formatter.Annotation))
                .ToList();
            if (statements.Count == 0)
            {
                return root.RemoveNode(attempt, SyntaxRemoveOptions.KeepNoTrivia)!;
            }

            statements[0] = statements[0].WithLeadingTrivia(attempt.GetLeadingTrivia().AddRange(statements[0].GetLeadingTrivia()));
            return root.ReplaceNode(attempt, statements);
        }
    }
}
