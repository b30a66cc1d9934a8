using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// The assertion as written, short, for RH0004's message: <c>Assert.Equal</c>, <c>Is.EqualTo(...).Using</c>,
    /// <c>Has.All.Matches</c>, and just <c>BeEquivalentTo</c> when the chain starts from a value rather than a type.
    /// </summary>
    internal static class AssertionDisplay
    {
        public static string Of(SyntaxNode call, SemanticModel model) => call switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } =>
                StaticChain(access.Expression, model) is { } receiver ? receiver + "." + access.Name.Identifier.Text : access.Name.Identifier.Text,
            InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.Identifier.Text,
            _ => call.ToString(),
        };

        /// <summary>The chain rooted in a type or namespace, with arguments elided and type arguments dropped; null when rooted in a value.</summary>
        private static string? StaticChain(ExpressionSyntax expression, SemanticModel model) => expression switch
        {
            MemberAccessExpressionSyntax access => StaticChain(access.Expression, model) is { } receiver ? receiver + "." + access.Name.Identifier.Text : null,
            InvocationExpressionSyntax invocation => StaticChain(invocation.Expression, model) is { } callee ? callee + "(...)" : null,
            SimpleNameSyntax name => model.GetSymbolInfo(name).Symbol is INamespaceOrTypeSymbol ? name.Identifier.Text : null,
            AliasQualifiedNameSyntax alias => alias.ToString(),
            PredefinedTypeSyntax predefined => predefined.ToString(),
            _ => null,
        };
    }
}
