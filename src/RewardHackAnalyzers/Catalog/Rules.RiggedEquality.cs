using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>RiggedEquality (RH0001–RH0099): equality and comparison that always succeeds.</summary>
    public static partial class Rules
    {
        private const string RiggedEqualityRationale =
            "An equality that always says \"equal\" makes every comparison pass whatever was computed. " +
            "That violates Legitimacy Maintenance and Non-Domination: reviewers and CI rely on a green signal " +
            "that was produced by nothing, and Self-Limitation: it optimises the test verdict instead of the behaviour.";

        public static readonly DiagnosticDescriptor RH0001_EqualsAlwaysTrue = RuleFactory.Create(
            "RH0001",
            title: "Equals always reports equal",
            messageFormat: "'{0}.Equals' {1}, yet '{0}' has {2}",
            RuleCategories.RiggedEquality,
            DiagnosticSeverity.Warning,
            whatItDetects: "An Equals override, IEquatable<T>.Equals or record Equals that returns true on every path, " +
                "or never reads its argument, on a type that has instance state.",
            RiggedEqualityRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.NonDomination, MciVirtue.SelfLimitation);

        public static readonly DiagnosticDescriptor RH0002_EqualityOperatorAlwaysTrue = RuleFactory.Create(
            "RH0002",
            title: "Equality operator always reports equal",
            messageFormat: "'operator {0}' of '{1}' always returns {2}, yet '{1}' has {3}",
            RuleCategories.RiggedEquality,
            DiagnosticSeverity.Warning,
            whatItDetects: "An operator == that always returns true, or an operator != that always returns false, " +
                "on a type that has instance state.",
            RiggedEqualityRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.NonDomination, MciVirtue.SelfLimitation);

        public static readonly DiagnosticDescriptor RH0003_ComparisonAlwaysSucceeds = RuleFactory.Create(
            "RH0003",
            title: "Comparer or comparison always succeeds",
            messageFormat: "'{0}' always returns {1} for '{2}', which has {3}",
            RuleCategories.RiggedEquality,
            DiagnosticSeverity.Warning,
            whatItDetects: "An IEqualityComparer<T>.Equals that always returns true, or an IComparer<T>.Compare, " +
                "IComparable.CompareTo or IComparable<T>.CompareTo that always returns 0, for a type that has instance state.",
            RiggedEqualityRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.NonDomination, MciVirtue.SelfLimitation);

        public static readonly DiagnosticDescriptor RH0004_AssertionGivenRiggedComparer = RuleFactory.Create(
            "RH0004",
            title: "Assertion given a rigged comparer or predicate",
            messageFormat: "'{0}' is given {1} that always succeeds, so the assertion cannot fail",
            RuleCategories.RiggedEquality,
            DiagnosticSeverity.Warning,
            whatItDetects: "An assertion handed a comparer, predicate, element inspector or equivalency option " +
                "that always succeeds, so the assertion passes whatever the actual value is.",
            "An assertion that cannot fail reports a check that never happened. That violates Legitimacy Maintenance " +
                "and Non-Domination: everyone downstream trusts a pass they cannot see is hollow, and Self-Limitation: " +
                "the test verdict is optimised instead of the behaviour.",
            MciVirtue.LegitimacyMaintenance, MciVirtue.NonDomination, MciVirtue.SelfLimitation);
    }
}
