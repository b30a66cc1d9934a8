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

        public static readonly DiagnosticDescriptor RH0401_TautologicalAssertion = RuleFactory.Create(
            "RH0401",
            title: "Assertion cannot fail",
            messageFormat: "'{0}' cannot fail: {1}",
            RuleCategories.WeakenedTests,
            DiagnosticSeverity.Warning,
            whatItDetects: "An assertion that passes whatever the code under test does: it compares a side-effect-free " +
                "expression with itself or two constants, checks that a fresh object or a value type is not null, or " +
                "checks a condition such as 'x || !x', through xUnit, NUnit, MSTest, FluentAssertions or Shouldly.",
            WeakenedTestsRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0402_TestWithoutAssertion = RuleFactory.Create(
            "RH0402",
            title: "Test asserts nothing",
            messageFormat: "Test '{0}' {1}, so it passes whatever the code does",
            RuleCategories.WeakenedTests,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test method with an empty body, or one that contains no assertion, assertion helper, mock " +
                "verification, assertion-exception throw or expected-exception/expected-result declaration, unless its " +
                "name says it is a \"does not throw\" smoke test.",
            WeakenedTestsRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0403_CommentedOutAssertions = RuleFactory.Create(
            "RH0403",
            title: "Assertions commented out",
            messageFormat: "Test '{0}' has {1} commented-out assertion(s) but only {2} live one(s)",
            RuleCategories.WeakenedTests,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test method whose comments hold more assertion-shaped code ('// Assert.Equal(...)', " +
                "'/* x.Should().Be(...) */') than its body holds live assertions.",
            WeakenedTestsRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0404_DisabledTest = RuleFactory.Create(
            "RH0404",
            title: "Test disabled",
            messageFormat: "Test '{0}' is disabled by {1}: {2}",
            RuleCategories.WeakenedTests,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test that no longer runs: xUnit 'Skip', NUnit [Ignore]/[Explicit], MSTest [Ignore], TUnit " +
                "[Skip], an '#if' whose condition is false around a test, or a test-shaped method in a test class that " +
                "lost its test attribute. Reported as Info when the reason cites a tracking reference (a URL or an issue " +
                "number), as Warning otherwise.",
            WeakenedTestsRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

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
