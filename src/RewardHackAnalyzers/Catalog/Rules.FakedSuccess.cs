using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>FakedSuccess (RH0101–RH0199): leaving, or reporting success, before the checks can fail.</summary>
    public static partial class Rules
    {
        internal const string FakedSuccessRationale =
            "Leaving before the checks run, or swallowing their failure, reports success for checks that never executed. " +
            "That violates Legitimacy Maintenance: the green result was not earned and nobody can see that; " +
            "Fragility-Awareness: it exploits the harness everyone relies on; and Self-Limitation: it optimises the verdict, not the behaviour.";

        public static readonly DiagnosticDescriptor RH0101_ProcessExit = RuleFactory.Create(
            "RH0101",
            title: "Process exit in test or library code",
            messageFormat: "'{0}' ends the process {1}, so the checks that should follow never run",
            RuleCategories.FakedSuccess,
            DiagnosticSeverity.Warning,
            whatItDetects: "Environment.Exit, a kill of the current process or Application.Exit in test code or library code, " +
                "or in an executable an exit with code 0 from a catch clause or an unhandled-exception handler.",
            FakedSuccessRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness, MciVirtue.SelfLimitation);

        public static readonly DiagnosticDescriptor RH0102_ReturnBeforeAssertions = RuleFactory.Create(
            "RH0102",
            title: "Test returns before its assertions",
            messageFormat: "Test '{0}' returns {1}, skipping {2}, so it passes without checking",
            RuleCategories.FakedSuccess,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test method with an unconditional return that leaves assertions unreachable, or a return " +
                "conditioned on the result under test, the environment, time or randomness on a path that skips every assertion.",
            FakedSuccessRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness, MciVirtue.SelfLimitation);

        public static readonly DiagnosticDescriptor RH0103_SwallowedFailure = RuleFactory.Create(
            "RH0103",
            title: "Failure swallowed in test code",
            messageFormat: "'{0}' in '{1}' swallows the failure of {2} without rethrowing, failing or asserting on it",
            RuleCategories.FakedSuccess,
            DiagnosticSeverity.Warning,
            whatItDetects: "A catch of Exception, SystemException or everything in a test method, fixture set-up or " +
                "tear-down, Dispose or test helper, around assertions or the call under test, that neither rethrows, " +
                "fails, asserts nor records the exception.",
            FakedSuccessRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness, MciVirtue.SelfLimitation);
    }
}
