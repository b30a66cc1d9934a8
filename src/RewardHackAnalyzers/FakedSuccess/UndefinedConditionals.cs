using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// For one compilation: the <c>[Conditional("X")]</c> symbol of a source method when no such symbol is defined, so
    /// the compiler removes every call to it. Defined means listed in the parse options of the method's file
    /// (<c>DefineConstants</c>) or <c>#define</c>d in that file; a method with several <c>[Conditional]</c> attributes
    /// stays when any of them is defined.
    /// </summary>
    internal sealed class UndefinedConditionals
    {
        private readonly INamedTypeSymbol? conditional;
        private readonly ConcurrentDictionary<IMethodSymbol, string?> answers = new(SymbolEqualityComparer.Default);

        public UndefinedConditionals(KnownTestTypes types) => conditional = types.ConditionalAttribute;

        /// <summary>The undefined symbol that removes calls to <paramref name="method"/>, or null when its calls stay.</summary>
        public string? Of(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
        {
            if (conditional is null)
            {
                return null;
            }

            return answers.TryGetValue(method, out var known) ? known : answers.GetOrAdd(method, Decide(method, cancellationToken));
        }

        private string? Decide(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
        {
            if (method.DeclaringSyntaxReferences.IsEmpty)
            {
                return null;
            }

            var tree = method.DeclaringSyntaxReferences[0].SyntaxTree;
            string? undefined = null;
            foreach (var attribute in method.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, conditional)
                    || attribute.ConstructorArguments.Length != 1
                    || attribute.ConstructorArguments[0].Value is not string symbol)
                {
                    continue;
                }

                if (IsDefined(tree, symbol, cancellationToken))
                {
                    return null;
                }

                undefined ??= symbol;
            }

            return undefined;
        }

        private static bool IsDefined(SyntaxTree tree, string symbol, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var name in tree.Options.PreprocessorSymbolNames)
            {
                if (name == symbol)
                {
                    return true;
                }
            }

            if (tree.GetRoot(cancellationToken) is not CSharpSyntaxNode root)
            {
                return false;
            }

            for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                if (directive is DefineDirectiveTriviaSyntax define && define.Name.ValueText == symbol)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
