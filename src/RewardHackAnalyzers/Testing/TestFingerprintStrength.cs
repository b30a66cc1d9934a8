using System;
using System.Collections.Immutable;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Classifies an assertion by the name of the check it makes (the same names mean the same check across xUnit, NUnit,
    /// MSTest, TUnit, FluentAssertions and Shouldly), and ranks the classes so two versions of a test can be compared.
    /// </summary>
    public static class TestFingerprintStrength
    {
        private static readonly ImmutableHashSet<string> Equality = Names(
            "Equal", "AreEqual", "StrictEqual", "Equivalent", "Same", "AreSame", "Be", "BeEquivalentTo", "BeSameAs", "Equals",
            "ShouldBe", "ShouldBeEquivalentTo", "ShouldBeSameAs", "EqualTo", "IsEqualTo", "BeOneOf", "SameAs", "EquivalentTo",
            "AreEquivalent", "SequenceEqual", "Collection");

        private static readonly ImmutableHashSet<string> Inequality = Names(
            "NotEqual", "AreNotEqual", "NotSame", "AreNotSame", "NotBe", "NotBeEquivalentTo", "ShouldNotBe", "NotStrictEqual", "NotEquivalent");

        private static readonly ImmutableHashSet<string> Range = Names(
            "InRange", "NotInRange", "BeInRange", "ShouldBeInRange", "Greater", "GreaterOrEqual", "Less", "LessOrEqual", "Positive",
            "Negative", "BeGreaterThan", "BeGreaterThanOrEqualTo", "BeGreaterOrEqualTo", "BeLessThan", "BeLessThanOrEqualTo",
            "BeLessOrEqualTo", "BePositive", "BeNegative", "BeApproximately", "BeCloseTo", "ShouldBeGreaterThan",
            "ShouldBeGreaterThanOrEqualTo", "ShouldBeLessThan", "ShouldBeLessThanOrEqualTo", "ShouldBePositive", "ShouldBeNegative",
            "IsGreaterThan", "IsLessThan", "IsInRange", "IsBetween", "AreApproximatelyEqual", "GreaterThan", "LessThan",
            "GreaterThanOrEqualTo", "LessThanOrEqualTo", "AtLeast", "AtMost", "Approximately");

        private static readonly ImmutableHashSet<string> Collection = Names(
            "Contains", "DoesNotContain", "Empty", "NotEmpty", "Single", "All", "Distinct", "Subset", "Superset", "ProperSubset",
            "Contain", "NotContain", "ContainSingle", "HaveCount", "BeEmpty", "NotBeEmpty", "OnlyContain", "ContainInOrder",
            "IsEmpty", "IsNotEmpty", "AllItemsAreUnique", "AllItemsAreNotNull", "IsSubsetOf", "HasCount", "HaveCountGreaterThan",
            "ShouldContain", "ShouldNotContain", "ShouldBeEmpty", "ShouldNotBeEmpty", "ShouldHaveSingleItem", "ShouldAllBe",
            "BeInAscendingOrder", "BeInDescendingOrder", "ShouldBeSubsetOf", "ShouldBeUnique");

        private static readonly ImmutableHashSet<string> Text = Names(
            "StartsWith", "EndsWith", "Matches", "DoesNotMatch", "StartWith", "EndWith", "Match", "MatchRegex", "ContainAll",
            "ShouldStartWith", "ShouldEndWith", "ShouldMatch", "IsMatch", "BeEquivalentToIgnoringCase", "ShouldContainWithoutWhitespace");

        private static readonly ImmutableHashSet<string> Type = Names(
            "IsType", "IsNotType", "IsAssignableFrom", "IsNotAssignableFrom", "IsInstanceOf", "IsInstanceOfType", "IsNotInstanceOf",
            "IsNotInstanceOfType", "BeOfType", "BeAssignableTo", "NotBeOfType", "ShouldBeOfType", "ShouldBeAssignableTo");

        private static readonly ImmutableHashSet<string> Boolean = Names(
            "True", "False", "IsTrue", "IsFalse", "BeTrue", "BeFalse", "ShouldBeTrue", "ShouldBeFalse", "That", "Satisfy", "Match",
            "ShouldSatisfyAllConditions", "Ok");

        private static readonly ImmutableHashSet<string> NullCheck = Names(
            "Null", "NotNull", "IsNull", "IsNotNull", "BeNull", "NotBeNull", "ShouldBeNull", "ShouldNotBeNull", "NotBeNullOrEmpty",
            "NotBeNullOrWhiteSpace", "ShouldNotBeNullOrEmpty", "ShouldNotBeNullOrWhiteSpace", "IsNotNullOrEmpty", "HaveValue", "NotBeDefault");

        private static readonly ImmutableHashSet<string> Throws = Names(
            "Throws", "ThrowsAsync", "ThrowsException", "ThrowsExceptionAsync", "ThrowsExactly", "ThrowsExactlyAsync", "Throw",
            "ThrowAsync", "ThrowExactly", "ThrowExactlyAsync", "ShouldThrow", "ShouldThrowAsync", "Catch", "CatchAsync",
            "WithInnerException");

        private static readonly ImmutableHashSet<string> ThrowsAny = Names("ThrowsAny", "ThrowsAnyAsync", "ShouldThrowAny");

        private static readonly ImmutableHashSet<string> NoThrow = Names(
            "DoesNotThrow", "DoesNotThrowAsync", "NotThrow", "NotThrowAsync", "ShouldNotThrow", "ShouldNotThrowAsync", "Pass");

        /// <summary>
        /// The class of a check named <paramref name="name"/>; <paramref name="exceptionType"/> is the exception a throws-check
        /// names (its type argument), null when none: <c>Exception</c> itself, <c>Catch</c> and <c>ThrowsAny</c> accept any.
        /// </summary>
        public static AssertionStrength Classify(string name, string? exceptionType)
        {
            if (ThrowsAny.Contains(name))
            {
                return AssertionStrength.ThrowsAny;
            }

            if (Throws.Contains(name))
            {
                return exceptionType is null or "System.Exception" || name.StartsWith("Catch", StringComparison.Ordinal)
                    ? AssertionStrength.ThrowsAny
                    : AssertionStrength.ThrowsSpecific;
            }

            return NoThrow.Contains(name) ? AssertionStrength.NoThrow
                : Inequality.Contains(name) ? AssertionStrength.Inequality
                : Equality.Contains(name) ? AssertionStrength.Equality
                : Range.Contains(name) ? AssertionStrength.Range
                : Collection.Contains(name) ? AssertionStrength.Collection
                : Text.Contains(name) ? AssertionStrength.Text
                : Type.Contains(name) ? AssertionStrength.Type
                : NullCheck.Contains(name) ? AssertionStrength.NullCheck
                : Boolean.Contains(name) ? AssertionStrength.Boolean
                : AssertionStrength.Other;
        }

        /// <summary>
        /// How much a class of assertion pins down (higher is stronger): replacing an assertion by one of lower rank loosens
        /// the test. Exact values and specific exceptions rank highest; "not null", "does not throw" lowest.
        /// </summary>
        public static int Rank(AssertionStrength strength) => strength switch
        {
            AssertionStrength.Equality or AssertionStrength.ThrowsSpecific => 4,
            AssertionStrength.Range or AssertionStrength.Collection or AssertionStrength.Text or AssertionStrength.Type
                or AssertionStrength.Verification => 3,
            AssertionStrength.Inequality or AssertionStrength.Boolean or AssertionStrength.ThrowsAny or AssertionStrength.Other => 2,
            _ => 1,
        };

        private static ImmutableHashSet<string> Names(params string[] names) => ImmutableHashSet.Create(StringComparer.Ordinal, names);
    }
}
