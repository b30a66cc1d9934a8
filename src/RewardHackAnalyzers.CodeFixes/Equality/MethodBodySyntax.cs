using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.CodeFixes.Equality
{
    /// <summary>Replaces what a method or operator returns, keeping the author's choice of expression body or block.</summary>
    internal static class MethodBodySyntax
    {
        public static T Returning<T>(T declaration, ExpressionSyntax value)
            where T : BaseMethodDeclarationSyntax
        {
            if (declaration.Body is { } block)
            {
                var statement = SyntaxFactory.ReturnStatement(value.WithoutTrivia());
                return (T)declaration.WithBody(block.WithStatements(SyntaxFactory.SingletonList<StatementSyntax>(statement)));
            }

            var arrow = declaration.ExpressionBody ?? SyntaxFactory.ArrowExpressionClause(value);
            return (T)declaration
                .WithExpressionBody(arrow.WithExpression(value.WithTriviaFrom(arrow.Expression)))
                .WithSemicolonToken(declaration.SemicolonToken.IsKind(SyntaxKind.None)
                    ? SyntaxFactory.Token(SyntaxKind.SemicolonToken)
                    : declaration.SemicolonToken);
        }
    }
}
