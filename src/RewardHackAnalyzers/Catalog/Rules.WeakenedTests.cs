using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>WeakenedTests (RH0401–RH0499): tests that can no longer fail.</summary>
    public static partial class Rules
    {
        internal const string WeakenedTestsRationale =
            "A test that cannot fail keeps the suite looking complete while it checks less. " +
            "That violates Diversity Preservation: an independent check is collapsed into a hollow one; Legitimacy Maintenance: " +
            "the suite claims coverage it does not have; and Fragility-Awareness: regressions now pass unnoticed.";

        public static readonly DiagnosticDescriptor RH0405_OverBroadExceptionExpectation = RuleFactory.Create(
            "RH0405",
            title: "Exception expectation accepts any exception",
            messageFormat: "'{0}' accepts {1}, so a stub that throws NotImplementedException passes it",
            RuleCategories.WeakenedTests,
            DiagnosticSeverity.Warning,
            whatItDetects: "An exception expectation that any exception satisfies: an expected type of Exception or " +
                "SystemException that also accepts derived types (ThrowsAny, Catch, Throws.Exception, Throw<Exception>, " +
                "ExpectedException with AllowDerivedTypes), or no type at all, when nothing checks the caught exception afterwards.",
            WeakenedTestsRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0406_AssertionOnMockSetup = RuleFactory.Create(
            "RH0406",
            title: "Assertion checks a mock's own setup",
            messageFormat: "'{0}' checks '{1}' of mock '{2}', whose value the test set up itself",
            RuleCategories.WeakenedTests,
            DiagnosticSeverity.Warning,
            whatItDetects: "An assertion whose actual value is read straight from a Moq, NSubstitute or FakeItEasy mock " +
                "member that the same test set up to return a value, so the test checks the mock instead of the code.",
            WeakenedTestsRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0407_ToleranceAcceptsEverything = RuleFactory.Create(
            "RH0407",
            title: "Tolerance or range accepts everything",
            messageFormat: "'{0}' cannot tell right from wrong: {1}",
            RuleCategories.WeakenedTests,
            DiagnosticSeverity.Warning,
            whatItDetects: "An approximate assertion whose constant tolerance is infinite or the type's maximum, or at " +
                "least as large as its constant non-zero expected value (so 0 passes), a precision that rounds the expected " +
                "value to 0, or a range assertion from the type's minimum to its maximum.",
            WeakenedTestsRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);
    }
}
