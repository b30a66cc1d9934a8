using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>TestTampering (RH0301–RH0399): replacing or intercepting the test framework's failure mechanism.</summary>
    public static partial class Rules
    {
        internal const string TestTamperingRationale =
            "Replacing or intercepting the framework's failure mechanism lets the code grade itself. " +
            "That violates Non-Domination: reviewers and CI depend on a verdict they cannot contest; Legitimacy Maintenance: " +
            "the pass is fabricated out of sight; and Fragility-Awareness: it breaks infrastructure every test relies on.";

        public static readonly DiagnosticDescriptor RH0304_OutcomeFabricatedByExtension = RuleFactory.Create(
            "RH0304",
            title: "Test outcome fabricated by a framework extension",
            messageFormat: "'{0}' {1}, so tests report an outcome they did not earn",
            RuleCategories.TestTampering,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test framework extension that reports a pass without running the test: an MSTest TestMethodAttribute " +
                "whose Execute never runs the test or sets the outcome to Passed, an NUnit TestCommand that never runs its inner " +
                "command or forces Success, an xUnit test case, runner or invoker that never runs the test, a Fact attribute that " +
                "skips unconditionally, or a module initializer in a test assembly that exits, ignores the exit code or auto-accepts snapshots.",
            TestTamperingRationale,
            MciVirtue.NonDomination, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0305_ForgedTestResults = RuleFactory.Create(
            "RH0305",
            title: "Test result or snapshot file written by code",
            messageFormat: "'{0}' writes '{1}', {2}",
            RuleCategories.TestTampering,
            DiagnosticSeverity.Warning,
            whatItDetects: "Code that writes, copies or moves a test result file (*.trx, junit*.xml, anything under TestResults/) " +
                "or an approved snapshot (*.verified.*), so the verdict comes from a forged file instead of a test run.",
            TestTamperingRationale,
            MciVirtue.NonDomination, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);
    }
}
