using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.CodeFixes.Equality
{
    /// <summary>
    /// RH0002: makes a rigged operator delegate to Equals: `==` becomes `left is null ? right is null : left.Equals(right)`
    /// for classes and `left.Equals(right)` for structs; `!=` becomes `!(left == right)`.
    /// Offered only when both operands are the declaring type, so Equals compares like with like.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DelegateOperatorToEqualsCodeFix)), Shared]
    public sealed class DelegateOperatorToEqualsCodeFix : CodeFixProvider
    {
        private const string Title = "Delegate the operator to Equals";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0002_EqualityOperatorAlwaysTrue.Id);

        // Each fix rewrites one operator's own body, so fixes never overlap.
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
                if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not OperatorDeclarationSyntax declaration
                    || Delegation(declaration, model, context.CancellationToken) is not { } value)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, MethodBodySyntax.Returning(declaration, value)))),
                        equivalenceKey: Title),
                    diagnostic);
            }
        }

        private static ExpressionSyntax? Delegation(OperatorDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
        {
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is not { Parameters.Length: 2 } method
                || method.Parameters.Any(p => !SymbolEqualityComparer.Default.Equals(p.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), method.ContainingType)))
            {
                return null;
            }

            var left = method.Parameters[0].Name;
            var right = method.Parameters[1].Name;
            var text = declaration.OperatorToken.Kind() switch
            {
                SyntaxKind.ExclamationEqualsToken => $"!({left} == {right})",
                _ when method.ContainingType.IsValueType => $"{left}.Equals({right})",
                _ => $"{left} is null ? {right} is null : {left}.Equals({right})",
            };
            return SyntaxFactory.ParseExpression(text);
        }
    }
}
