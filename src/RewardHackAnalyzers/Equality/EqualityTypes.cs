using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// The equality and comparison contracts of the base library, resolved once per compilation so that per-node
    /// callbacks never look types up by name. A member is null when the compilation does not define it.
    /// </summary>
    public sealed class EqualityTypes
    {
        private static readonly ConditionalWeakTable<Compilation, EqualityTypes> Cache = new();

        private EqualityTypes(Compilation compilation)
        {
            INamedTypeSymbol? Get(string metadataName) => compilation.GetTypeByMetadataName(metadataName);

            SystemObject = compilation.GetSpecialType(SpecialType.System_Object);
            IEquatable = Get("System.IEquatable`1");
            IComparable = Get("System.IComparable");
            IComparableOfT = Get("System.IComparable`1");
            IEqualityComparer = Get("System.Collections.IEqualityComparer");
            IEqualityComparerOfT = Get("System.Collections.Generic.IEqualityComparer`1");
            IComparer = Get("System.Collections.IComparer");
            IComparerOfT = Get("System.Collections.Generic.IComparer`1");
            HashCode = Get("System.HashCode");
        }

        public INamedTypeSymbol SystemObject { get; }

        public INamedTypeSymbol? IEquatable { get; }

        public INamedTypeSymbol? IComparable { get; }

        public INamedTypeSymbol? IComparableOfT { get; }

        public INamedTypeSymbol? IEqualityComparer { get; }

        public INamedTypeSymbol? IEqualityComparerOfT { get; }

        public INamedTypeSymbol? IComparer { get; }

        public INamedTypeSymbol? IComparerOfT { get; }

        /// <summary>System.HashCode: absent before .NET Core 2.1 / .NET Standard 2.1 unless Microsoft.Bcl.HashCode is referenced.</summary>
        public INamedTypeSymbol? HashCode { get; }

        public static EqualityTypes For(Compilation compilation) => Cache.GetValue(compilation, c => new EqualityTypes(c));
    }
}
