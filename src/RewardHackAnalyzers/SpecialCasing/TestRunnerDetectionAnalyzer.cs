using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// RH0201: production code that tells a test run from a real one — the loaded or entry assembly, the application
    /// domain, the process, the command line or the stack trace compared with a test framework's or runner's name, an
    /// environment variable only runners set, or a test framework's type or assembly looked up by name. The finding
    /// sits on the comparison (or on the read or lookup, which carries the name itself). Generic CI variables count
    /// only with <see cref="IncludeCiVariablesOption"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TestRunnerDetectionAnalyzer : ProbedComparisonAnalyzer
    {
        /// <summary>The analyzer config option that makes generic CI variables (<c>CI</c>, <c>GITHUB_ACTIONS</c>, ...) count as runner detection.</summary>
        public const string IncludeCiVariablesOption = "rewardhack.RH0201.include_ci_variables";

        private const string TheEnvironment = "the environment";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0201_TestRunnerDetection);

        private protected override DiagnosticDescriptor Rule => Rules.RH0201_TestRunnerDetection;

        private protected override bool IsCandidate(string name) =>
            TestRunnerNames.RunnerNameIn(name) is not null
            || TestRunnerNames.HasTestWord(name)
            || TestRunnerNames.IsRunnerVariable(name)
            || TestRunnerNames.IsCiVariable(name);

        private protected override string? Judge(OperationAnalysisContext context, Probe probe, NameComparison comparison)
        {
            var name = comparison.Name;
            var matches = probe.Kind switch
            {
                // An entry assembly or process called "OrderPricing.Tests" is a test project run by Microsoft.Testing.Platform.
                ProbeKind.Runtime => TestRunnerNames.RunnerNameIn(name) is not null || TestRunnerNames.HasTestWord(name),
                ProbeKind.CommandLine or ProbeKind.Stack => TestRunnerNames.RunnerNameIn(name) is not null,
                ProbeKind.Environment => TestRunnerNames.RunnerNameIn(name) is not null || IsRunnerVariable(context, name),
                _ => false,
            };
            return matches ? name : null;
        }

        private protected override void AnalyzeOperation(OperationAnalysisContext context, Probes probes)
        {
            if (context.Operation is not IInvocationOperation invocation)
            {
                return;
            }

            if (probes.EnvironmentVariableRead(invocation) is { } variable && IsRunnerVariable(context, variable))
            {
                Report(context, invocation.Syntax, TheEnvironment, variable);
            }
            else if (probes.LookupByName(invocation, out var lookedUp) is { } inspected
                && lookedUp is not null && TestRunnerNames.RunnerNameIn(lookedUp) is not null)
            {
                Report(context, invocation.Syntax, inspected, lookedUp);
            }
        }

        private static bool IsRunnerVariable(OperationAnalysisContext context, string name) =>
            TestRunnerNames.IsRunnerVariable(name)
            || (TestRunnerNames.IsCiVariable(name) && IncludesCiVariables(context));

        private static bool IncludesCiVariables(OperationAnalysisContext context)
        {
            var provider = context.Options.AnalyzerConfigOptionsProvider;
            return IsTrue(provider.GetOptions(context.Operation.Syntax.SyntaxTree)) || IsTrue(provider.GlobalOptions);
        }

        private static bool IsTrue(AnalyzerConfigOptions options) =>
            options.TryGetValue(IncludeCiVariablesOption, out var value) && bool.TryParse(value?.Trim(), out var on) && on;
    }
}
