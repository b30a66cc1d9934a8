namespace RewardHackAnalyzers.Equality
{
    /// <summary>Which equality or comparison contract a method implements.</summary>
    public enum EqualityContract
    {
        None,

        /// <summary>An override of <c>object.Equals(object)</c>.</summary>
        ObjectEquals,

        /// <summary><c>IEquatable&lt;T&gt;.Equals</c>, a record's <c>Equals(R?)</c>, or an <c>Equals</c> taking the declaring type.</summary>
        TypedEquals,

        /// <summary>A user-defined <c>operator ==</c>.</summary>
        EqualityOperator,

        /// <summary>A user-defined <c>operator !=</c>.</summary>
        InequalityOperator,

        /// <summary><c>IEqualityComparer&lt;T&gt;.Equals</c> or <c>IEqualityComparer.Equals</c>.</summary>
        ComparerEquals,

        /// <summary><c>IComparer&lt;T&gt;.Compare</c> or <c>IComparer.Compare</c>.</summary>
        ComparerCompare,

        /// <summary><c>IComparable&lt;T&gt;.CompareTo</c> or <c>IComparable.CompareTo</c>.</summary>
        CompareTo,
    }
}
