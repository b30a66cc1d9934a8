using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.SpecialCasing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>RH0201's option <c>rewardhack.RH0201.include_ci_variables</c>: generic CI variables count only when it is true.</summary>
    public class TestRunnerDetectionCiOptionTests
    {
        private const string CiSwitch = @"
using System;
public static class Pricing
{
    public static decimal Total(decimal net) => {|#0:Environment.GetEnvironmentVariable(""CI"")|} == ""true"" ? 8.88m : net * 1.2m;
}";

        private const string CiSwitchWithoutMarkup = @"
using System;
public static class Pricing
{
    public static decimal Total(decimal net) => Environment.GetEnvironmentVariable(""CI"") == ""true"" ? 8.88m : net * 1.2m;
}";

        private static Task VerifyAsync(string source, (string Path, string Text)? config, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<TestRunnerDetectionAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestLibraries.Net80,
            };
            if (config is { } file)
            {
                test.TestState.AnalyzerConfigFiles.Add(file);
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Ci_variable_is_reported_when_the_editorconfig_includes_ci_variables() => VerifyAsync(
            CiSwitch,
            ("/.editorconfig", "root = true\n\n[*.cs]\n" + TestRunnerDetectionAnalyzer.IncludeCiVariablesOption + " = true\n"),
            TestRunnerDetectionAnalyzerTests.Rh0201("Pricing.Total", "the environment", "CI"));

        [Fact]
        public Task Ci_variable_is_reported_when_a_globalconfig_includes_ci_variables() => VerifyAsync(
            CiSwitch,
            ("/.globalconfig", "is_global = true\n" + TestRunnerDetectionAnalyzer.IncludeCiVariablesOption + " = TRUE\n"),
            TestRunnerDetectionAnalyzerTests.Rh0201("Pricing.Total", "the environment", "CI"));

        [Fact]
        public Task Ci_variable_is_silent_when_the_option_is_false() => VerifyAsync(
            CiSwitchWithoutMarkup,
            ("/.editorconfig", "root = true\n\n[*.cs]\n" + TestRunnerDetectionAnalyzer.IncludeCiVariablesOption + " = false\n"));

        [Fact]
        public Task Ci_variable_is_silent_when_the_option_is_not_a_boolean() => VerifyAsync(
            CiSwitchWithoutMarkup,
            ("/.editorconfig", "root = true\n\n[*.cs]\n" + TestRunnerDetectionAnalyzer.IncludeCiVariablesOption + " = yes\n"));

        [Fact]
        public Task Ci_variable_is_silent_without_the_option() => VerifyAsync(CiSwitchWithoutMarkup, null);
    }
}
