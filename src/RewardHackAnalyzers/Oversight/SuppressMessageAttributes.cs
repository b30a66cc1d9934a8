using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Oversight
{
    /// <summary>The attribute types that suppress a diagnostic by id, resolved once per compilation.</summary>
    internal sealed class SuppressMessageAttributes
    {
        private readonly ImmutableArray<INamedTypeSymbol> types;

        private SuppressMessageAttributes(ImmutableArray<INamedTypeSymbol> types) => this.types = types;

        public bool IsEmpty => types.IsEmpty;

        public static SuppressMessageAttributes Resolve(Compilation compilation)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in new[]
            {
                "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute",
                "System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute",
            })
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    builder.Add(type);
                }
            }

            return new SuppressMessageAttributes(builder.ToImmutable());
        }

        /// <summary>A cheap syntactic pre-check, so only likely candidates are bound.</summary>
        public static bool MayBe(AttributeSyntax attribute)
        {
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            return name.EndsWith("SuppressMessage", System.StringComparison.Ordinal)
                || name.EndsWith("SuppressMessageAttribute", System.StringComparison.Ordinal);
        }

        public bool Contains(INamedTypeSymbol type)
        {
            foreach (var known in types)
            {
                if (SymbolEqualityComparer.Default.Equals(known, type))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
