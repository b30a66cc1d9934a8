using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// The primary-constructor parameters of a class or struct that its members capture (C# 12): the compiler keeps
    /// them in hidden fields that the symbol model does not list, so they are found from the syntax of member bodies.
    /// A parameter only used by initialisers is not captured: the field it initialises is the state.
    /// </summary>
    internal static class PrimaryConstructorCaptures
    {
        public static ImmutableArray<IParameterSymbol> Of(INamedTypeSymbol type)
        {
            if (type.IsRecord || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return ImmutableArray<IParameterSymbol>.Empty;
            }

            var primary = type.InstanceConstructors.FirstOrDefault(c =>
                c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax));
            if (primary is null || primary.Parameters.IsEmpty)
            {
                return ImmutableArray<IParameterSymbol>.Empty;
            }

            var declarations = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<TypeDeclarationSyntax>().ToList();
            var memberNames = type.MemberNames;
            return primary.Parameters
                .Where(p => !memberNames.Contains(p.Name) && declarations.Any(d => IsCapturedIn(d, p.Name)))
                .ToImmutableArray();
        }

        private static bool IsCapturedIn(TypeDeclarationSyntax declaration, string name)
        {
            foreach (var member in declaration.Members)
            {
                SyntaxNode? scanned = member switch
                {
                    // Initialisers run once in the constructor: they copy the parameter, they do not capture it.
                    BaseFieldDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax => null,
                    PropertyDeclarationSyntax property => (SyntaxNode?)property.AccessorList ?? property.ExpressionBody,
                    _ => member,
                };
                if (scanned is not null && scanned.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => References(n, name)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool References(IdentifierNameSyntax identifier, string name) =>
            identifier.Identifier.ValueText == name
            && identifier.Parent switch
            {
                MemberAccessExpressionSyntax access => access.Expression == identifier,
                MemberBindingExpressionSyntax or NameColonSyntax or NameEqualsSyntax => false,
                _ => true,
            };
    }
}
