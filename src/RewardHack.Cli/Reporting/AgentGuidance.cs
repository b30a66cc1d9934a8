using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// What `--format agent` tells a coding agent about a finding: why it is not acceptable (derived from the rule's
    /// descriptor, never written per rule) and what to do instead (the one table below: a line per family, with a few
    /// per-rule overrides where the family's line would not fit).
    /// </summary>
    public static class AgentGuidance
    {
        /// <summary>What to do instead, per rule family (descriptor category). Every family in the catalog has a line (tested).</summary>
        public static readonly ImmutableDictionary<string, string> InsteadByFamily = new Dictionary<string, string>
        {
            [RuleCategories.RiggedEquality] =
                "Compare the state that defines the value (or use a record), and fix the code under test so the real values are equal.",
            [RuleCategories.FakedSuccess] =
                "Let the test run to its assertions and let failures propagate; fix the code under test so the assertions pass.",
            [RuleCategories.SpecialCasing] =
                "Implement the general behaviour the tests describe; do not branch on the tests' inputs, call order, caller or test runner.",
            [RuleCategories.TestTampering] =
                "Leave the test framework, its assertions and its results alone; fix the code under test instead.",
            [RuleCategories.WeakenedTests] =
                "Keep the test strict (a real assertion on a specific expected value) and fix the code under test until it passes.",
            [RuleCategories.OversightEvasion] =
                "Remove the suppression and fix what the rule reports; if you believe it is a false positive, tell the user instead of hiding it.",
            [RuleCategories.BuildTampering] =
                "Restore the build and CI configuration so every test builds and runs with the analyzers on; fix the failing code instead.",
            [RuleCategories.TestRegression] =
                "Restore the test as it was on the base revision (the test, its assertions, expected values and data rows, no skip) and " +
                "change the code under test; if the test itself is wrong, tell the user why and let them change it.",
        }.ToImmutableDictionary(StringComparer.Ordinal);

        /// <summary>Rules whose family line would mislead; keyed by rule id.</summary>
        public static readonly ImmutableDictionary<string, string> InsteadByRule = new Dictionary<string, string>
        {
            ["RH0404"] = "Remove the skip and make the test pass; if it truly cannot run yet, tell the user why and let them decide.",
            ["RH0502"] = "Remove the generated-code marker from hand-written code, so the analyzers see it, and fix what they report.",
        }.ToImmutableDictionary(StringComparer.Ordinal);

        private const string InsteadOtherwise = "Make the code under test do the work the tests check; do not change the tests or the checks.";

        public static string Instead(DiagnosticDescriptor rule) =>
            InsteadByRule.TryGetValue(rule.Id, out var forRule) ? forRule
            : InsteadByFamily.TryGetValue(RuleInfo.Family(rule), out var forFamily) ? forFamily
            : InsteadOtherwise;

        /// <summary>
        /// The first sentence of the rule's MCI rationale (every rationale opens with the harm, then names the virtues it
        /// violates), or of what the rule detects when it has no rationale.
        /// </summary>
        public static string Why(DiagnosticDescriptor rule) => FirstSentence(RuleInfo.MciRationale(rule) ?? RuleInfo.WhatItDetects(rule));

        private static string FirstSentence(string text)
        {
            var end = text.IndexOf(". ", StringComparison.Ordinal);
            return end < 0 ? text.Trim() : text.Substring(0, end + 1);
        }
    }
}
