using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>Recognises the methods that implement equality and comparison contracts (the one place rules ask this).</summary>
    public static class EqualityMembers
    {
        public static EqualityMember Classify(IMethodSymbol method, EqualityTypes types)
        {
            var type = method.ContainingType;
            if (type is null || method.IsStatic && method.MethodKind != MethodKind.UserDefinedOperator)
            {
                return EqualityMember.None;
            }

            var returnsBool = method.ReturnType.SpecialType == SpecialType.System_Boolean;
            var returnsInt = method.ReturnType.SpecialType == SpecialType.System_Int32;
            switch (method.MetadataName)
            {
                case "op_Equality" when method.MethodKind == MethodKind.UserDefinedOperator && returnsBool:
                    return new EqualityMember(EqualityContract.EqualityOperator, type);
                case "op_Inequality" when method.MethodKind == MethodKind.UserDefinedOperator && returnsBool:
                    return new EqualityMember(EqualityContract.InequalityOperator, type);
                case "Equals" when returnsBool && method.Parameters.Length == 1:
                    return ClassifyEquals(method, type, types);
                case "Equals" when returnsBool && method.Parameters.Length == 2:
                    return Implemented(method, types.IEqualityComparerOfT, types.IEqualityComparer, EqualityContract.ComparerEquals, types);
                case "Compare" when returnsInt && method.Parameters.Length == 2:
                    return Implemented(method, types.IComparerOfT, types.IComparer, EqualityContract.ComparerCompare, types);
                case "CompareTo" when returnsInt && method.Parameters.Length == 1:
                    return CompareTo(method, types);
                default:
                    return ExplicitImplementation(method, types);
            }
        }

        private static EqualityMember ClassifyEquals(IMethodSymbol method, INamedTypeSymbol type, EqualityTypes types)
        {
            var parameterType = method.Parameters[0].Type;
            if (method.IsOverride && parameterType.SpecialType == SpecialType.System_Object)
            {
                return new EqualityMember(EqualityContract.ObjectEquals, type);
            }

            if (SymbolEqualityComparer.Default.Equals(parameterType.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type)
                || IsImplementationOf(method, types.IEquatable, "Equals") is not null)
            {
                return new EqualityMember(EqualityContract.TypedEquals, type);
            }

            return EqualityMember.None;
        }

        // Explicit implementations carry the interface in their metadata name (`System.Collections.Generic.IComparer<T>.Compare`).
        private static EqualityMember ExplicitImplementation(IMethodSymbol method, EqualityTypes types)
        {
            if (method.ExplicitInterfaceImplementations.IsEmpty)
            {
                return EqualityMember.None;
            }

            var name = method.ExplicitInterfaceImplementations[0].Name;
            var returnsBool = method.ReturnType.SpecialType == SpecialType.System_Boolean;
            var returnsInt = method.ReturnType.SpecialType == SpecialType.System_Int32;
            return (name, method.Parameters.Length) switch
            {
                ("Equals", 1) when returnsBool => ClassifyEquals(method, method.ContainingType, types),
                ("Equals", 2) when returnsBool => Implemented(method, types.IEqualityComparerOfT, types.IEqualityComparer, EqualityContract.ComparerEquals, types),
                ("Compare", 2) when returnsInt => Implemented(method, types.IComparerOfT, types.IComparer, EqualityContract.ComparerCompare, types),
                ("CompareTo", 1) when returnsInt => CompareTo(method, types),
                _ => EqualityMember.None,
            };
        }

        // IComparable<T> compares with T; the non-generic IComparable compares instances of the declaring type.
        private static EqualityMember CompareTo(IMethodSymbol method, EqualityTypes types)
        {
            var member = Implemented(method, types.IComparableOfT, types.IComparable, EqualityContract.CompareTo, types);
            return member.ComparedType?.SpecialType == SpecialType.System_Object
                ? new EqualityMember(EqualityContract.CompareTo, method.ContainingType)
                : member;
        }

        private static EqualityMember Implemented(
            IMethodSymbol method, INamedTypeSymbol? generic, INamedTypeSymbol? nonGeneric, EqualityContract contract, EqualityTypes types)
        {
            var memberName = contract switch
            {
                EqualityContract.ComparerCompare => "Compare",
                EqualityContract.CompareTo => "CompareTo",
                _ => "Equals",
            };
            if (IsImplementationOf(method, generic, memberName) is { } constructed)
            {
                return new EqualityMember(contract, constructed.TypeArguments[0]);
            }

            return IsImplementationOf(method, nonGeneric, memberName) is not null
                ? new EqualityMember(contract, types.SystemObject)
                : EqualityMember.None;
        }

        /// <summary>
        /// The constructed interface whose <paramref name="memberName"/> <paramref name="method"/> implements, directly,
        /// explicitly, or by overriding the base-class method that implements it (a subclass of EqualityComparer&lt;T&gt;).
        /// </summary>
        private static INamedTypeSymbol? IsImplementationOf(IMethodSymbol method, INamedTypeSymbol? contract, string memberName)
        {
            if (contract is null)
            {
                return null;
            }

            var type = method.ContainingType;
            foreach (var candidate in type.AllInterfaces)
            {
                if (!SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, contract))
                {
                    continue;
                }

                foreach (var member in candidate.GetMembers(memberName))
                {
                    if (type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation
                        && IsSameOrOverrides(method, implementation))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        private static bool IsSameOrOverrides(IMethodSymbol method, IMethodSymbol implementation)
        {
            for (var current = method; current is not null; current = current.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, implementation.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
