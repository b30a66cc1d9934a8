using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>BuildTampering (RH0601–RH0699), reported by the scanner: tests excluded from the build, analyzers switched off, CI test steps neutralised.</summary>
    public static partial class Rules
    {
        internal const string BuildTamperingRationale =
            "The build goes green because less is checked, not because more works. That violates Non-Domination: the team's " +
            "shared gate is bent by the one it is meant to judge; Legitimacy Maintenance: the weakening sits in build and CI " +
            "files reviewers rarely read; and Fragility-Awareness: every later change passes the same silenced gate.";

        public static readonly DiagnosticDescriptor RH0601_TestsExcludedFromBuild = RuleFactory.CreateReportedByScanner(
            "RH0601",
            title: "Tests excluded from the build",
            messageFormat: "'{0}' keeps tests out of the build: {1}",
            RuleCategories.BuildTampering,
            DiagnosticSeverity.Warning,
            whatItDetects: "A Compile Remove in a project or Directory.Build file whose glob removes C# files that declare tests, " +
                "IsTestProject set to false on a project that references a test framework and declares tests, and a test project " +
                "on disk that no scanned solution (.sln or .slnx) includes.",
            BuildTamperingRationale,
            MciVirtue.NonDomination, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0602_AnalyzersSwitchedOffInBuild = RuleFactory.CreateReportedByScanner(
            "RH0602",
            title: "Analyzers switched off in a build file",
            messageFormat: "'{0}' switches off {1}",
            RuleCategories.BuildTampering,
            DiagnosticSeverity.Warning,
            whatItDetects: "RunAnalyzers or RunAnalyzersDuringBuild set to false, NoWarn or WarningsNotAsErrors naming RH rules (and, " +
                "in test projects, test-integrity checks such as xUnit1004 or CS0162), and " +
                "the RewardHackAnalyzers package or analyzer removed (PackageReference Remove, ExcludeAssets or IncludeAssets " +
                "without analyzers, Analyzer Remove) in a project, props or targets file.",
            BuildTamperingRationale,
            MciVirtue.NonDomination, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0603_RulesSwitchedOffInAnalyzerConfig = RuleFactory.CreateReportedByScanner(
            "RH0603",
            title: "Rules switched off in an analyzer config",
            messageFormat: "'{0}' switches off {1}",
            RuleCategories.BuildTampering,
            DiagnosticSeverity.Warning,
            whatItDetects: "An .editorconfig or .globalconfig that sets an RH rule, a RewardHackAnalyzers category or all analyzer " +
                "diagnostics to none or silent, or that marks C# files declaring tests as generated_code or silences a test-integrity " +
                "check (xUnit1004, CS0162, ...) for them.",
            BuildTamperingRationale,
            MciVirtue.NonDomination, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0604_CiTestStepNeutralised = RuleFactory.CreateReportedByScanner(
            "RH0604",
            title: "CI test step neutralised",
            messageFormat: "Test step '{0}' is neutralised by '{1}': {2}",
            RuleCategories.BuildTampering,
            DiagnosticSeverity.Warning,
            whatItDetects: "A test command (dotnet test, dotnet vstest, vstest.console) in a GitHub workflow, Azure pipeline, GitLab CI " +
                "file or build script whose failure is ignored (|| true, exit 0 or $LASTEXITCODE = 0 after it, continue-on-error, " +
                "continueOnError, allow_failure, --ignore-exit-code or TESTINGPLATFORM_EXITCODE_IGNORE covering failed tests), " +
                "that never runs (if: false, condition: false), or whose filter excludes tests by name.",
            BuildTamperingRationale,
            MciVirtue.NonDomination, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);

        public static readonly DiagnosticDescriptor RH0605_TestRunOverriddenInBuildLogic = RuleFactory.CreateReportedByScanner(
            "RH0605",
            title: "Test run overridden in build logic",
            messageFormat: "'{0}' {1}",
            RuleCategories.BuildTampering,
            DiagnosticSeverity.Warning,
            whatItDetects: "A project, props or targets file that redefines the SDK's test targets (VSTest, InvokeTestingPlatform, or a " +
                "Test target that runs no tests), runs tests with ContinueOnError or IgnoreExitCode, or sets VSTestTestCaseFilter " +
                "or TestingPlatformCommandLineArguments to exclude tests by name or ignore failed tests.",
            BuildTamperingRationale,
            MciVirtue.NonDomination, MciVirtue.LegitimacyMaintenance, MciVirtue.FragilityAwareness);
    }
}
