using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Infrastructure
{
    /// <summary>
    /// The operation tree of a source method other than the one being analysed (an assertion helper a test calls, the
    /// comparer an assertion is handed). One instance per compilation; bodies are memoised by symbol.
    /// </summary>
    public sealed class MethodBodies
    {
        private static readonly ConditionalWeakTable<Compilation, MethodBodies> Cache = new();

        private readonly Compilation compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, IOperation?> bodies = new(SymbolEqualityComparer.Default);

        private MethodBodies(Compilation compilation) => this.compilation = compilation;

        /// <summary>The shared instance for <paramref name="compilation"/>, so every rule reuses the same bound bodies.</summary>
        public static MethodBodies For(Compilation compilation) => Cache.GetValue(compilation, c => new MethodBodies(c));

        /// <summary>
        /// The body (block or expression body) of <paramref name="method"/> when it is declared in source in this
        /// compilation; null for metadata, abstract and extern methods, and for partial declarations without a body.
        /// </summary>
        public IOperation? Body(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var definition = method.OriginalDefinition;
            if (bodies.TryGetValue(definition, out var known))
            {
                return known;
            }

            return bodies.GetOrAdd(definition, Bind(definition, cancellationToken));
        }

        private IOperation? Bind(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                SyntaxNode? body = syntax switch
                {
                    BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? WithoutParentheses(m.ExpressionBody?.Expression),
                    AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? WithoutParentheses(a.ExpressionBody?.Expression),
                    LocalFunctionStatementSyntax l => (SyntaxNode?)l.Body ?? WithoutParentheses(l.ExpressionBody?.Expression),
                    ArrowExpressionClauseSyntax getter => WithoutParentheses(getter.Expression), // `bool IsCi => …;`
                    _ => null,
                };
                if (body is null || !compilation.ContainsSyntaxTree(body.SyntaxTree))
                {
                    continue;
                }

                // Another method's body can only be bound through a semantic model of its tree; the result is memoised
                // above, so each body is bound at most once per compilation.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
                var model = compilation.GetSemanticModel(body.SyntaxTree);
#pragma warning restore RS1030
                return model.GetOperation(body, cancellationToken);
            }

            return null;
        }

        // C# has no operation for a parenthesised expression, so `=> (true)` must be bound at its inner expression.
        private static ExpressionSyntax? WithoutParentheses(ExpressionSyntax? expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }
    }
}
