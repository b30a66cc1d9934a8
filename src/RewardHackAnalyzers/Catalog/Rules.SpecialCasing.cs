using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>SpecialCasing (RH0201–RH0299): memorised answers for the test inputs, and code that behaves differently under a test runner.</summary>
    public static partial class Rules
    {
        internal const string SpecialCasingRationale =
            "Memorised answers for the exact test inputs pass the tests without the behaviour, and code that detects the test " +
            "runner is a different program from the one that ships. That violates Substantive Legitimacy: the tests certify work " +
            "that was not done; Fragility-Awareness: every input the tests did not name still fails; and Developmental " +
            "Prudence (constitutional luck): the code is right only because it is being watched.";

        public static readonly DiagnosticDescriptor RH0201_TestRunnerDetection = RuleFactory.Create(
            "RH0201",
            title: "Production code detects the test runner",
            messageFormat: "'{0}' detects the test runner: it checks {1} for '{2}'",
            RuleCategories.SpecialCasing,
            DiagnosticSeverity.Warning,
            whatItDetects: "Code outside test projects that compares the loaded assemblies, the entry assembly, the process, the " +
                "command line or the stack trace with the name of a test framework or runner (xunit, nunit, testhost, vstest, " +
                "Microsoft.Testing.Platform, ...), looks up a test framework's type, or reads an environment variable that only " +
                "a test runner sets.",
            SpecialCasingRationale,
            MciVirtue.SelfLimitation, MciVirtue.FragilityAwareness, MciVirtue.DiversityPreservation);

        public static readonly DiagnosticDescriptor RH0204_CallerSniffing = RuleFactory.Create(
            "RH0204",
            title: "Production code sniffs its caller for tests",
            messageFormat: "'{0}' sniffs its caller: it checks {1} for '{2}'",
            RuleCategories.SpecialCasing,
            DiagnosticSeverity.Warning,
            whatItDetects: "Code outside test projects that compares a [CallerMemberName] or [CallerFilePath] value, or the stack " +
                "trace, a stack frame, the current method or the calling assembly, with a test-like name (Test, Tests, Spec, " +
                "Should, Fact, a test framework's name, a .Tests namespace or file).",
            SpecialCasingRationale,
            MciVirtue.SelfLimitation, MciVirtue.FragilityAwareness, MciVirtue.DiversityPreservation);
    }
}
