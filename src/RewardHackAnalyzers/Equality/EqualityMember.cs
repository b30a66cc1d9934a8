using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>A method recognised as implementing an equality or comparison contract, and the type it compares.</summary>
    public readonly struct EqualityMember
    {
        public EqualityMember(EqualityContract contract, ITypeSymbol? comparedType)
        {
            Contract = contract;
            ComparedType = comparedType;
        }

        public static EqualityMember None { get; } = new(EqualityContract.None, null);

        public EqualityContract Contract { get; }

        /// <summary>The type whose instances are compared: the declaring type, or T of a comparer.</summary>
        public ITypeSymbol? ComparedType { get; }

        /// <summary>The value the method returns when the comparison succeeds: true for equalities, 0 for orderings, false for !=.</summary>
        public object SuccessValue => Contract switch
        {
            EqualityContract.ComparerCompare or EqualityContract.CompareTo => 0,
            EqualityContract.InequalityOperator => false,
            _ => true,
        };
    }
}
