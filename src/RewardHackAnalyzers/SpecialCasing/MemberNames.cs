using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>How messages name the member a finding sits in: <c>Type.Member</c>, a constructor by its type's name.</summary>
    internal static class MemberNames
    {
        public static string Of(ISymbol symbol)
        {
            if (symbol is IMethodSymbol { AssociatedSymbol: { } property })
            {
                symbol = property;
            }

            if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor)
            {
                return constructor.ContainingType.Name;
            }

            return symbol.ContainingType is { } type ? type.Name + "." + symbol.Name : symbol.Name;
        }
    }
}
