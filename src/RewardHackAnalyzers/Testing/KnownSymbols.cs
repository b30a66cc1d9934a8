using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>Small helpers for comparing against the optional symbols of <see cref="KnownTestTypes"/>.</summary>
    internal static class KnownSymbols
    {
        /// <summary>True when <paramref name="known"/> resolved and <paramref name="symbol"/> is it.</summary>
        public static bool Is(ISymbol? symbol, ISymbol? known) =>
            known is not null && SymbolEqualityComparer.Default.Equals(symbol, known);

        /// <summary>True when <paramref name="known"/> resolved and <paramref name="type"/> is it or derives from it.</summary>
        public static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol? known)
        {
            if (known is null)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, known))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The symbols that resolved in this compilation.</summary>
        public static ImmutableArray<INamedTypeSymbol> NonNull(params INamedTypeSymbol?[] symbols)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>(symbols.Length);
            foreach (var symbol in symbols)
            {
                if (symbol is not null)
                {
                    builder.Add(symbol);
                }
            }

            return builder.ToImmutable();
        }
    }
}
