using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Equality;

namespace RewardHackAnalyzers.CodeFixes.Equality
{
    /// <summary>
    /// What a member-wise Equals of a type compares: the state it declares, plus either `base.Equals` (when a base type
    /// already defines value equality, or is a record) or the accessible state it inherits from source base types.
    /// Null when the state cannot all be compared from another instance: a captured primary-constructor parameter, or
    /// private inherited state with no base Equals to compare it.
    /// </summary>
    internal sealed class StateEqualityPlan
    {
        private StateEqualityPlan(INamedTypeSymbol type, ImmutableArray<ISymbol> members, bool callsBase, bool hasHashCodeType)
        {
            Type = type;
            Members = members;
            CallsBase = callsBase;
            HasHashCodeType = hasHashCodeType;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>Fields and properties compared member by member, in declaration order.</summary>
        public ImmutableArray<ISymbol> Members { get; }

        /// <summary>Whether Equals and GetHashCode start from the base type's.</summary>
        public bool CallsBase { get; }

        /// <summary>Whether System.HashCode exists in the compilation.</summary>
        public bool HasHashCodeType { get; }

        /// <summary>A root record class compares EqualityContract, as the compiler's own record Equals does.</summary>
        public bool ComparesEqualityContract => Type.IsRecord && Type.IsReferenceType && !CallsBase;

        public static StateEqualityPlan? Create(INamedTypeSymbol type, Compilation compilation)
        {
            var declared = InstanceState.DeclaredBy(type);
            var callsBase = type.IsRecord ? type.BaseType?.IsRecord == true : BaseDefinesEquals(type);
            var members = callsBase ? declared : InstanceState.Of(type);
            var inherited = members.Except(declared, SymbolEqualityComparer.Default);
            if (members.Any(m => m is not (IFieldSymbol or IPropertySymbol)) || inherited.Any(IsPrivate))
            {
                return null;
            }

            return new StateEqualityPlan(type, members, callsBase, EqualityTypes.For(compilation).HashCode is not null);
        }

        public static ITypeSymbol TypeOf(ISymbol member) => member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => throw new System.ArgumentException("State is a field or a property.", nameof(member)),
        };

        private static bool IsPrivate(ISymbol member) =>
            member.DeclaredAccessibility == Accessibility.Private
            || member is IPropertySymbol { GetMethod.DeclaredAccessibility: Accessibility.Private };

        private static bool BaseDefinesEquals(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
                {
                    return false;
                }

                if (current.GetMembers(nameof(Equals)).OfType<IMethodSymbol>()
                    .Any(m => m.IsOverride && !m.IsAbstract && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Object))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
