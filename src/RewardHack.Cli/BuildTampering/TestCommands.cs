using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// What a command line says about running tests: whether it runs them, whether its filter leaves tests out by name,
    /// and whether it ignores the exit code of failed tests. Shared by the CI checks (scripts, workflow steps) and the
    /// build-logic checks (MSBuild properties that carry the same arguments).
    /// </summary>
    internal static class TestCommands
    {
        // Test Platform exit code 2: at least one test failed (8, "no tests ran", is routinely ignored and harmless here).
        private const string FailedTestsExitCode = "2";

        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

        // A category value that names the tests that fail rather than a kind of test: Failing, Broken, Flaky, Quarantined, KnownIssue...
        private const string FailingSuite = @"[^\s&|)""']*(?:fail|broken|flaky|quarantin|known_?issue|skip)[^\s&|)""']*";

        private static readonly Regex Command = new(
            @"(?<![\w.-])(?:dotnet(?:\.exe)?\s+(?:test|vstest)|vstest\.console(?:\.exe)?)(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Timeout);

        // A VSTest filter clause that leaves out tests by their name, or a category or trait named for failing tests. Excluding a
        // suite by category (Category!=Integration) is how slow or environment-bound suites are kept out of a job: not reported.
        private static readonly Regex Exclusion = new(
            @"(?<![\w.])(?:(?:FullyQualifiedName|DisplayName|ClassName|Name)\s*!\s*[=~]\s*[^\s&|)""']+|(?:TestCategory|Category|Traits?)\s*!\s*[=~]\s*" + FailingSuite + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Timeout);

        // Microsoft.Testing.Platform and xUnit v3 options that leave out tests by name, or a trait named for failing tests.
        private static readonly Regex NegativeOption = new(
            @"--filter-not-(?:method|class|namespace)\s+[^\s]+|--filter-not-trait\s+[""']?[^\s=""']+=" + FailingSuite,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Timeout);

        private static readonly Regex IgnoredExitCodes = new(
            @"(?:--ignore-exit-code\s+|TESTINGPLATFORM_EXITCODE_IGNORE\s*[=:]\s*)[""']?(?<codes>[0-9]+(?:\s*[;,]\s*[0-9]+)*)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Timeout);

        // No hand-written command line is longer; bounding the text keeps every pattern here linear in practice.
        private const int MaxCommandLength = 8192;

        /// <summary>The test command in <paramref name="line"/> (e.g. <c>dotnet test</c>), or null.</summary>
        public static Match? FindCommand(string line)
        {
            var match = Command.Match(Bounded(line));
            return match.Success ? match : null;
        }

        /// <summary>The first filter clause or option in <paramref name="text"/> that excludes tests by name or as failing, or null.</summary>
        public static string? ExclusionIn(string text)
        {
            text = Bounded(text);
            var clause = Exclusion.Match(text);
            if (clause.Success)
            {
                return clause.Value;
            }

            var option = NegativeOption.Match(text);
            return option.Success ? option.Value : null;
        }

        /// <summary>The first option or variable assignment in <paramref name="text"/> that ignores the failed-tests exit code, or null.</summary>
        public static string? FailureIgnoredIn(string text) =>
            IgnoredExitCodes.Matches(Bounded(text))
                .FirstOrDefault(m => m.Groups["codes"].Value.Split(';', ',').Any(c => c.Trim() == FailedTestsExitCode))
                ?.Value;

        /// <summary>The text to match, cut at <see cref="MaxCommandLength"/> characters.</summary>
        public static string Bounded(string text) => text.Length <= MaxCommandLength ? text : text[..MaxCommandLength];

        /// <summary>True when a value lists the failed-tests exit code (the value of TESTINGPLATFORM_EXITCODE_IGNORE set in YAML).</summary>
        public static bool ListsFailedTestsExitCode(string value) =>
            value.Split(';', ',').Any(c => c.Trim() == FailedTestsExitCode);
    }
}
