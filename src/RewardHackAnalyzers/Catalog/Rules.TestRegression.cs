using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>TestRegression (RH0701–RH0799): tests weakened between two versions of the code, or against their recorded contract.</summary>
    public static partial class Rules
    {
        internal const string TestRegressionRationale =
            "Weakening a test in the same change that makes it pass moves the goalposts instead of reaching them. That violates " +
            "Diversity Preservation: an independent check is collapsed into a weaker one; and Legitimacy Maintenance: the suite " +
            "still claims what the weakened test no longer checks.";

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
