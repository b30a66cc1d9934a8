using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using RewardHackAnalyzers.WeakenedTests;
using static RewardHackAnalyzers.Tests.WeakenedTests.DisabledTestAnalyzerTests;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>
    /// RH0404 and <c>rewardhack.project_symbols</c>: a branch on a symbol the project defines in another build (another
    /// target framework or configuration) is compiled there, so its tests are not disabled; other symbols still are.
    /// </summary>
    public class DisabledTestProjectSymbolsTests
    {
        // Without project symbols, the two LEGACY_DRIVER branches are reported too: markup #1 and #2 wrap them.
        private static string ProviderTests(bool markLegacy) => (@"
using Xunit;
public class ProviderTests
{
OPEN1#if LEGACY_DRIVERCLOSE
    private sealed class LegacyConnection { }

    [Fact]
    public void Opens_with_the_legacy_driver() => Assert.NotNull(new LegacyConnection());
#endif

OPEN2#if LEGACY_DRIVER && !MODERN_DRIVERCLOSE
    [Fact]
    public void Only_the_legacy_driver() => Assert.True(true);
#endif

{|#0:#if FLAKY_TESTS|}
    [Fact]
    public void Times_out_sometimes() => Assert.Equal(2, 1 + 1);
#endif
}")
            .Replace("OPEN1", markLegacy ? "{|#1:" : string.Empty)
            .Replace("OPEN2", markLegacy ? "{|#2:" : string.Empty)
            .Replace("CLOSE", markLegacy ? "|}" : string.Empty);

        private static Task VerifyAsync(string source, string? globalConfig, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<DisabledTestAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestLibraries.XunitV2,
            };
            if (globalConfig is not null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Symbols_the_project_defines_elsewhere_are_build_symbols_and_others_are_not() => VerifyAsync(
            ProviderTests(markLegacy: false),
            PreprocessedOutTests.ProjectSymbolsOption + " = MSSQL, LEGACY_DRIVER ,OTHER",
            Expected(0, "Times_out_sometimes", "'#if FLAKY_TESTS'", NoReason));

        [Fact]
        public Task The_packages_build_property_gives_the_same_symbols() => VerifyAsync(
            ProviderTests(markLegacy: false),
            PreprocessedOutTests.ProjectSymbolsBuildProperty + " = TRACE,LEGACY_DRIVER",
            Expected(0, "Times_out_sometimes", "'#if FLAKY_TESTS'", NoReason));

        [Fact]
        public Task Without_the_option_every_unknown_symbol_is_reported() => VerifyAsync(
            ProviderTests(markLegacy: true),
            null,
            Expected(1, "Opens_with_the_legacy_driver", "'#if LEGACY_DRIVER'", NoReason),
            Expected(2, "Only_the_legacy_driver", "'#if LEGACY_DRIVER && !MODERN_DRIVER'", NoReason),
            Expected(0, "Times_out_sometimes", "'#if FLAKY_TESTS'", NoReason));

        [Fact]
        public Task The_option_matches_symbols_exactly() => VerifyAsync(
            ProviderTests(markLegacy: true),
            PreprocessedOutTests.ProjectSymbolsOption + " = legacy_driver,LEGACY,FLAKY_TESTS_OFF",
            Expected(1, "Opens_with_the_legacy_driver", "'#if LEGACY_DRIVER'", NoReason),
            Expected(2, "Only_the_legacy_driver", "'#if LEGACY_DRIVER && !MODERN_DRIVER'", NoReason),
            Expected(0, "Times_out_sometimes", "'#if FLAKY_TESTS'", NoReason));
    }
}
