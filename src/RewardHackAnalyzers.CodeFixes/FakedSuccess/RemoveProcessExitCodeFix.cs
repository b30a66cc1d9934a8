using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.CodeFixes.FakedSuccess
{
    /// <summary>
    /// RH0101: removes the exit call. A statement is removed; an expression-bodied lambda or member that only exits
    /// gets an empty block body. Not offered where the call is part of a larger expression.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveProcessExitCodeFix)), Shared]
    public sealed class RemoveProcessExitCodeFix : CodeFixProvider
    {
        private const string Title = "Remove the process exit";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0101_ProcessExit.Id);

        // Each fix removes its own call, so fixes never overlap.
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call
                    || Removal(root, call) is not { } fixedRoot)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), Title),
                    diagnostic);
            }
        }

        private static SyntaxNode? Removal(SyntaxNode root, InvocationExpressionSyntax call)
        {
            var emptyBody = SyntaxFactory.Block().WithTrailingTrivia(call.GetTrailingTrivia());
            return call.Parent switch
            {
                ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement =>
                    root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia),
                LambdaExpressionSyntax lambda when lambda.ExpressionBody == call =>
                    root.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(emptyBody)),
                ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } when method.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } =>
                    root.ReplaceNode(method, method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(emptyBody.WithTrailingTrivia(method.SemicolonToken.TrailingTrivia))),
                _ => null,
            };
        }
    }
}
