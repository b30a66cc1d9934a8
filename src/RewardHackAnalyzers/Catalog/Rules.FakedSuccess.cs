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
