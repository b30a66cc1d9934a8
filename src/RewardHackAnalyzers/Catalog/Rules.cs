using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>The rule catalog: every descriptor the package ships, one partial file per family.</summary>
    public static partial class Rules
    {
        /// <summary>Every descriptor in the catalog, ordered by id.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All => AllDescriptors.Value;

        // Lazy, because static initialisers of partial declarations run in no guaranteed order.
        private static readonly System.Lazy<ImmutableArray<DiagnosticDescriptor>> AllDescriptors = new(() =>
            typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null))
                .OrderBy(d => d.Id, System.StringComparer.Ordinal)
                .ToImmutableArray());
    }
}
