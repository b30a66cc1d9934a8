using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>SpecialCasing (RH0201–RH0299): memorised answers for the test inputs, and code that behaves differently under a test runner.</summary>
    public static partial class Rules
    {
        internal const string SpecialCasingRationale =
            "Memorised answers for the exact test inputs pass the tests without the behaviour, and code that detects the test " +
            "runner is a different program from the one that ships. That violates Self-Limitation: the test verdict is optimised " +
            "instead of the goal; Fragility-Awareness: every input the tests did not name still fails; and Diversity " +
            "Preservation: the tests stop being an independent check of the code, because the code answers to them.";

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

        public static readonly DiagnosticDescriptor RH0202_LiteralInputSpecialCased = RuleFactory.Create(
            "RH0202",
            title: "Literal input special-cased beside a general path",
            messageFormat: "'{0}' returns a hard-coded answer when {1} is {2}{3}",
            RuleCategories.SpecialCasing,
            DiagnosticSeverity.Warning,
            whatItDetects: "A branch (if, switch section or arm, conditional expression, pattern) that compares a parameter, or a " +
                "trivial derivation of it, with a non-trivial literal and returns a literal: the method's lone special case beside " +
                "a path that computes its result from its parameters; or, when a test passes the literal to the method, every " +
                "such branch, lookup tables included.",
            SpecialCasingRationale,
            MciVirtue.SelfLimitation, MciVirtue.FragilityAwareness, MciVirtue.DiversityPreservation);

        public static readonly DiagnosticDescriptor RH0203_ProductionReadsTestAssets = RuleFactory.Create(
            "RH0203",
            title: "Production code reads test assets",
            messageFormat: "Production code passes '{1}' to '{0}': '{2}' is {3}",
            RuleCategories.SpecialCasing,
            DiagnosticSeverity.Warning,
            whatItDetects: "Code outside test projects and test classes that hands a file, directory or manifest-resource API " +
                "a path whose constant parts point into a test folder or test project (tests/, TestData/, __snapshots__/, " +
                "*.Tests/) or at an expected-output, approved-snapshot or golden file (*.expected.*, expected_output, " +
                "*.verified.*, *.approved.*, *.golden), so its answers are read from the tests' own expectations.",
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

        public static readonly DiagnosticDescriptor RH0205_AnswerKeyedOnCallCount = RuleFactory.Create(
            "RH0205",
            title: "Answer keyed on call count",
            messageFormat: "'{0}' returns '{1}' when its call counter '{2}' is tested by '{3}'",
            RuleCategories.SpecialCasing,
            DiagnosticSeverity.Warning,
            whatItDetects: "Production code that increments a mutable static counter and compares it with a literal to choose " +
                "a constant return value (++_calls == 2 ? 5 : 4), so the answer depends on how often the method was called " +
                "rather than on its input.",
            SpecialCasingRationale,
            MciVirtue.SelfLimitation, MciVirtue.FragilityAwareness, MciVirtue.DiversityPreservation);
    }
}
