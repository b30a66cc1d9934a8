using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// The instance state an equality of a type should compare. For a source type: its instance fields (an
    /// auto-property is reported as the property, a field-like event is not state), its captured primary-constructor
    /// parameters, then the same for its source base types; static and const fields are not state. A record's
    /// positional parameters are state through their properties.
    /// For a built-in value type (numbers, bool, char, string, decimal, DateTime, enums) the state is the value itself,
    /// represented by the type symbol. For another metadata type, whose private fields cannot be seen, it is the public
    /// instance fields and properties.
    /// </summary>
    public static class InstanceState
    {
        private const int NamesListed = 4;

        public static ImmutableArray<ISymbol> Of(INamedTypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Error)
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            if (IsBuiltInValue(type))
            {
                return ImmutableArray.Create<ISymbol>(type);
            }

            if (!IsInSource(type))
            {
                return PublicMembers(type);
            }

            var state = ImmutableArray.CreateBuilder<ISymbol>();
            for (var current = type; current is not null && IsInSource(current); current = current.BaseType)
            {
                AddDeclaredState(current, state);
            }

            return state.ToImmutable();
        }

        /// <summary>The state declared by <paramref name="type"/> itself, without what it inherits.</summary>
        public static ImmutableArray<ISymbol> DeclaredBy(INamedTypeSymbol type)
        {
            var state = ImmutableArray.CreateBuilder<ISymbol>();
            AddDeclaredState(type, state);
            return state.ToImmutable();
        }

        /// <summary>"2 fields (Amount, Currency)", "1 field (Id)", "6 fields (A, B, C, D, …)"; "a value" for a built-in value.</summary>
        public static string Describe(ImmutableArray<ISymbol> state)
        {
            if (state.Length == 1 && state[0] is ITypeSymbol)
            {
                return "a value";
            }

            var text = new StringBuilder();
            text.Append(state.Length).Append(state.Length == 1 ? " field (" : " fields (");
            text.Append(string.Join(", ", state.Take(NamesListed).Select(s => s.Name)));
            if (state.Length > NamesListed)
            {
                text.Append(", …");
            }

            return text.Append(')').ToString();
        }

        private static void AddDeclaredState(INamedTypeSymbol type, ImmutableArray<ISymbol>.Builder state)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is not IFieldSymbol { IsStatic: false, IsConst: false } field)
                {
                    continue;
                }

                switch (field.AssociatedSymbol)
                {
                    case IPropertySymbol property:
                        state.Add(property);
                        break;
                    case null when !field.IsImplicitlyDeclared:
                        state.Add(field);
                        break;
                }
            }

            state.AddRange(PrimaryConstructorCaptures.Of(type));
        }

        private static ImmutableArray<ISymbol> PublicMembers(INamedTypeSymbol type) =>
            type.GetMembers()
                .Where(m => !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared)
                .Where(m => m is IFieldSymbol or IPropertySymbol { IsIndexer: false })
                .ToImmutableArray();

        private static bool IsInSource(INamedTypeSymbol type) => type.Locations.Any(l => l.IsInSource);

        private static bool IsBuiltInValue(INamedTypeSymbol type) =>
            type.TypeKind == TypeKind.Enum || type.SpecialType switch
            {
                SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_String or
                SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
                SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
                SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal or
                SpecialType.System_DateTime or SpecialType.System_IntPtr or SpecialType.System_UIntPtr => true,
                _ => false,
            };
    }
}
