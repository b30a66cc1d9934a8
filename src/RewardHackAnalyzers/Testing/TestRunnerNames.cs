using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Recognises the names by which code can tell that it runs under a test runner: the names of test frameworks,
    /// runners and hosts, the environment variables only runners set, the generic CI variables, and test-like words
    /// (used by RH0201 and RH0204; see docs/rules/RH0201.md for where each name comes from).
    /// </summary>
    public static class TestRunnerNames
    {
        // Assembly, namespace, process and package names of test frameworks, runners and hosts, matched as whole
        // dotted names: "xunit" matches "xunit.core" and "Xunit.FactAttribute", not "MyXunitHelper".
        private static readonly ImmutableArray<string> RunnerNames = ImmutableArray.Create(
            "xunit",
            "nunit", "nunitlite",
            "mstest", "Microsoft.VisualStudio.TestTools", "Microsoft.VisualStudio.QualityTools",
            "Microsoft.VisualStudio.TestPlatform", "Microsoft.TestPlatform", "Microsoft.Testing.Platform",
            "testhost", "vstest",
            "TUnit",
            "ReSharperTestRunner", "JetBrains.ReSharper.TestRunner", "JetBrains.ReSharper.TaskRunner",
            "NCrunch",
            "Fixie", "Machine.Specifications");

        // Variables a runner sets or reads for itself: VSTest (VSTEST_HOST_DEBUG, VSTEST_CONNECTION_TIMEOUT, ...),
        // Microsoft.Testing.Platform (TESTINGPLATFORM_DIAGNOSTIC, TESTINGPLATFORM_EXITCODE_IGNORE, ...), NCrunch (NCRUNCH=1),
        // and anything else named after a test framework.
        private static readonly ImmutableArray<string> RunnerVariablePrefixes = ImmutableArray.Create(
            "VSTEST_", "TESTINGPLATFORM_", "XUNIT_", "NUNIT_", "MSTEST_", "TUNIT_", "NCRUNCH_");

        private static readonly ImmutableHashSet<string> RunnerVariables = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "NCRUNCH");

        // Set by CI services on every job, tests or not: reading them is how tools decide on colours and progress bars.
        private static readonly ImmutableHashSet<string> CiVariables = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "CI", "CONTINUOUS_INTEGRATION", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI", "JENKINS_URL", "TEAMCITY_VERSION",
            "APPVEYOR", "TRAVIS", "CIRCLECI", "BUILDKITE", "BITBUCKET_BUILD_NUMBER");

        // Words that name a test, a test class or a test project: "ShouldAdd", "Tests.cs", "MyApp.Tests", "when_spec".
        private static readonly ImmutableHashSet<string> TestWords = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase, "test", "tests", "spec", "specs", "should", "fact", "facts", "theory");

        /// <summary>The test framework, runner or host named in <paramref name="text"/>, or null.</summary>
        public static string? RunnerNameIn(string text)
        {
            foreach (var name in RunnerNames)
            {
                if (ContainsWhole(text, name))
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="name"/> is an environment variable that only test runners set or read.</summary>
        public static bool IsRunnerVariable(string name)
        {
            if (RunnerVariables.Contains(name))
            {
                return true;
            }

            foreach (var prefix in RunnerVariablePrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="name"/> is a generic CI variable (<c>CI</c>, <c>GITHUB_ACTIONS</c>, <c>TF_BUILD</c>, ...).</summary>
        public static bool IsCiVariable(string name) => CiVariables.Contains(name);

        /// <summary>
        /// True when a word of <paramref name="text"/> (split at separators and camel-case humps) names a test:
        /// "Test", "Tests", "Spec", "Should", "Fact", "Theory" — so "ShouldAdd" and "Calculator.Tests" do, "GetLatest" does not.
        /// </summary>
        public static bool HasTestWord(string text)
        {
            foreach (var word in Words(text))
            {
                if (TestWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The runner name in <paramref name="text"/>, or the text itself when it has a test word; otherwise null.</summary>
        public static string? TestLikeNameIn(string text) => RunnerNameIn(text) ?? (HasTestWord(text) ? text : null);

        // The name occurs case-insensitively, not inside a longer name: no letter or digit before it, no letter after
        // it (a digit may follow: "nunit3-console", "ReSharperTestRunner64").
        private static bool ContainsWhole(string text, string name)
        {
            for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<string> Words(string text)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var boundary = i == text.Length
                    || !char.IsLetter(text[i])
                    || (i > 0 && char.IsUpper(text[i]) && char.IsLower(text[i - 1]));
                if (boundary && start >= 0)
                {
                    yield return text.Substring(start, i - start);
                    start = -1;
                }

                if (i < text.Length && char.IsLetter(text[i]) && start < 0)
                {
                    start = i;
                }
            }
        }
    }
}
