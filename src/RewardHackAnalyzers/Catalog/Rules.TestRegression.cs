using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>TestRegression (RH0701–RH0799), reported by <c>rewardhack diff</c>: tests weakened between two versions of the code.</summary>
    public static partial class Rules
    {
        internal const string TestRegressionRationale =
            "Weakening a test in the same change that makes it pass moves the goalposts instead of reaching them. That violates " +
            "Diversity Preservation: an independent check of the behaviour is removed or collapsed into a weaker one, so the suite " +
            "keeps its size while it checks less; and Legitimacy Maintenance: the change reads as a fix in review while the evidence " +
            "reviewers rely on was edited to match the code.";

        public static readonly DiagnosticDescriptor RH0701_TestDeletedOrUndiscoverable = RuleFactory.CreateReportedByScanner(
            "RH0701",
            title: "Test deleted or made undiscoverable",
            messageFormat: "Test '{0}' {1}",
            RuleCategories.TestRegression,
            DiagnosticSeverity.Warning,
            whatItDetects: "Between the base and the head revision, a test method that is gone (not renamed or moved with the same body, " +
                "not folded into a theory with the same cases) or that the runner no longer finds: its test attribute removed, made " +
                "non-public, or its class made abstract with no concrete subclass.",
            TestRegressionRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance);

        public static readonly DiagnosticDescriptor RH0702_AssertionsRemovedOrLoosened = RuleFactory.CreateReportedByScanner(
            "RH0702",
            title: "Assertions removed or loosened",
            messageFormat: "Test '{0}' checks less than before: {1}",
            RuleCategories.TestRegression,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test with fewer assertions than at the base revision (assertion helpers count as the assertions they make), " +
                "a stronger assertion replaced by a weaker one (Equal by NotNull or True, an exact value by a range, a specific " +
                "exception by Exception or ThrowsAny), or a tolerance raised (precision lowered).",
            TestRegressionRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance);

        public static readonly DiagnosticDescriptor RH0703_ExpectedValueEditedWithCodeUnderTest = RuleFactory.CreateReportedByScanner(
            "RH0703",
            title: "Expected value edited along with the code under test",
            messageFormat: "Test '{0}' now expects {1} instead of {2}, in the same change that edits the code it tests ({3})",
            RuleCategories.TestRegression,
            DiagnosticSeverity.Warning,
            whatItDetects: "An expected literal of an assertion (or a data row's value) edited in a test whose code under test — a " +
                "production type the test uses, declared in a file of a non-test project — changed in the same diff: the expectation " +
                "was moved to what the code now returns.",
            TestRegressionRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance);

        public static readonly DiagnosticDescriptor RH0704_SkipAdded = RuleFactory.CreateReportedByScanner(
            "RH0704",
            title: "Skip added to a test",
            messageFormat: "Test '{0}' is now skipped{1}",
            RuleCategories.TestRegression,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test that ran at the base revision and is switched off at the head: xUnit Skip or Explicit, NUnit Ignore or " +
                "Explicit (on the method, a test case or the fixture), MSTest Ignore, TUnit Skip.",
            TestRegressionRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance);

        public static readonly DiagnosticDescriptor RH0705_DataRowsRemoved = RuleFactory.CreateReportedByScanner(
            "RH0705",
            title: "Test data rows removed",
            messageFormat: "Test '{0}' lost {1} of its data rows: {2}",
            RuleCategories.TestRegression,
            DiagnosticSeverity.Warning,
            whatItDetects: "A parameterised test with fewer constant data rows (xUnit InlineData, NUnit TestCase, MSTest DataRow, TUnit " +
                "Arguments) than at the base revision; the message lists the rows that are gone.",
            TestRegressionRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance);

        public static readonly DiagnosticDescriptor RH0706_TestWeakerThanContract = RuleFactory.CreateReportedAtCompilationEnd(
            "RH0706",
            title: "Test weaker than its contract",
            messageFormat: "Test '{0}' is weaker than its contract: {1}",
            RuleCategories.TestRegression,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test recorded in the committed test-contract file (rewardhack.contract.txt, written by 'rewardhack " +
                "baseline') that has lost its test attribute, is skipped now, has fewer assertions or data rows than recorded, " +
                "lost an assertion kind, or no longer compares with a recorded expected value; and a recorded test that is gone " +
                "from the code (reported on its contract line).",
            TestRegressionRationale,
            MciVirtue.DiversityPreservation, MciVirtue.LegitimacyMaintenance);
    }
}
