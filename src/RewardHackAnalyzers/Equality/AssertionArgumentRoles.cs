using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>What an assertion's parameter hands the framework, read from the parameter's type.</summary>
    internal enum ArgumentRole
    {
        None,

        /// <summary>A comparer object (IEqualityComparer, IComparer, StringComparer, ...) or a delegate that compares two values.</summary>
        Comparer,

        /// <summary>A delegate from one value to bool.</summary>
        Predicate,

        /// <summary>A delegate run on each element for its assertions (<c>Action&lt;T&gt;</c>, <c>Func&lt;T, Task&gt;</c>).</summary>
        Inspector,
    }

    /// <summary>When an assertion passes, in terms of what its comparer or predicate answers.</summary>
    internal enum AssertionPolarity
    {
        None,

        /// <summary>Passes when the comparer says "equal" or the predicate says true (Equal, Contains, InRange, ...).</summary>
        PassesOnMatch,

        /// <summary>Passes when the predicate says false (DoesNotContain, NotContain).</summary>
        PassesOnNoMatch,

        /// <summary>Passes when the inspector does not throw for any element (All, AllSatisfy).</summary>
        InspectsEach,
    }

    /// <summary>Reads roles from parameter types and polarity from assertion names; one instance per compilation.</summary>
    internal sealed class AssertionArgumentRoles
    {
        private readonly EqualityTypes equality;
        private readonly INamedTypeSymbol? expressionTree;

        public AssertionArgumentRoles(EqualityTypes equality, INamedTypeSymbol? expressionTree)
        {
            this.equality = equality;
            this.expressionTree = expressionTree;
        }

        /// <summary>
        /// The polarity of a framework assertion, by name. Only ever asked about methods already recognised by their
        /// containing type or assembly, so a user method with the same name never gets here.
        /// </summary>
        public static AssertionPolarity PolarityOf(IMethodSymbol assertion) => assertion.Name switch
        {
            "Equal" or "AreEqual" or "AreEquivalent" or "InRange" or "IsOrdered"
                or "Contains" or "Contain" or "OnlyContain" or "Match"
                or "BeEquivalentTo" or "ContainEquivalentOf" or "AllBeEquivalentTo" => AssertionPolarity.PassesOnMatch,
            "DoesNotContain" or "NotContain" => AssertionPolarity.PassesOnNoMatch,
            "All" or "AllAsync" or "AllSatisfy" => AssertionPolarity.InspectsEach,
            _ => AssertionPolarity.None,
        };

        /// <summary>The role of a parameter of type <paramref name="type"/>; an expression tree plays the role of its delegate.</summary>
        public ArgumentRole RoleOf(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { TypeArguments.Length: 1 } tree
                && SymbolEqualityComparer.Default.Equals(tree.OriginalDefinition, expressionTree))
            {
                type = tree.TypeArguments[0];
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke })
            {
                return (invoke.Parameters.Length, invoke.ReturnType.SpecialType) switch
                {
                    (2, SpecialType.System_Boolean) or (2, SpecialType.System_Int32) => ArgumentRole.Comparer,
                    (1, SpecialType.System_Boolean) => ArgumentRole.Predicate,
                    (1 or 2, _) => ArgumentRole.Inspector,
                    _ => ArgumentRole.None,
                };
            }

            return IsComparerType(type) ? ArgumentRole.Comparer : ArgumentRole.None;
        }

        /// <summary>The value a comparing function returns for "equal": true for an equality, 0 for a comparison.</summary>
        public static object? EqualResultOf(IMethodSymbol function) =>
            function.ReturnType.SpecialType switch
            {
                SpecialType.System_Boolean => true,
                SpecialType.System_Int32 => 0,
                _ => null,
            };

        private bool IsComparerType(ITypeSymbol type)
        {
            if (IsComparerContract(type))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (IsComparerContract(implemented))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsComparerContract(ITypeSymbol type)
        {
            var definition = type.OriginalDefinition;
            return Is(definition, equality.IEqualityComparerOfT) || Is(definition, equality.IEqualityComparer)
                || Is(definition, equality.IComparerOfT) || Is(definition, equality.IComparer);
        }

        private static bool Is(ITypeSymbol type, INamedTypeSymbol? known) =>
            known is not null && SymbolEqualityComparer.Default.Equals(type, known);
    }
}
