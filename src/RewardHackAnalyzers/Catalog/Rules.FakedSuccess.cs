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

        public static readonly DiagnosticDescriptor RH0104_ForcedPass = RuleFactory.Create(
            "RH0104",
            title: "Test forces its own pass or skip",
            messageFormat: "'{0}' {1} instead of checking the result",
            RuleCategories.FakedSuccess,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test that declares its own verdict: Assert.Pass, throw new SuccessException, an assertion of the " +
                "literal true (Assert.True(true), Assert.That(true), true.Should().BeTrue()), or a skip, ignore or inconclusive " +
                "that is unconditional or conditioned on the result under test.",
            FakedSuccessRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness, MciVirtue.SelfLimitation);

        public static readonly DiagnosticDescriptor RH0105_CatchAllReportsSuccess = RuleFactory.Create(
            "RH0105",
            title: "Catch-all reports success",
            messageFormat: "{0} catches {1} and returns '{2}' without rethrowing or logging",
            RuleCategories.FakedSuccess,
            DiagnosticSeverity.Warning,
            whatItDetects: "A handler for Exception or for everything, in production code, that returns true or a success " +
                "result (Result.Success, Ok(...), Task.FromResult(true)) without rethrowing or logging the failure.",
            FakedSuccessRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness, MciVirtue.SelfLimitation);

        public static readonly DiagnosticDescriptor RH0106_AssertionCannotReport = RuleFactory.Create(
            "RH0106",
            title: "Assertion can never report",
            messageFormat: "'{0}' {1}, so its failure never reaches the test",
            RuleCategories.FakedSuccess,
            DiagnosticSeverity.Warning,
            whatItDetects: "An assertion placed where its failure cannot fail the test: inside an async void method or lambda, " +
                "an async assertion whose task is discarded, a fire-and-forget Task.Run, or a [Conditional] method whose symbol " +
                "is not defined, so the compiler removes its calls.",
            FakedSuccessRationale,
            MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness, MciVirtue.SelfLimitation);
    }
}
