using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Regression
{
    /// <summary>
    /// Compares the effective assertions (helpers expanded) of two versions of a test. Each base assertion, in order, is
    /// paired with an unused head assertion of the same name and strength, else with one at least as strong; a base
    /// assertion left without a partner was removed (fewer assertions) or weakened (only weaker ones remain). A paired
    /// assertion whose tolerance grew was loosened too.
    /// </summary>
    internal sealed class AssertionComparison
    {
        private AssertionComparison(string? loosening, IReadOnlyList<(TestFingerprintAssertion Before, TestFingerprintAssertion After)> pairs)
        {
            Loosening = loosening;
            Pairs = pairs;
        }

        /// <summary>Why the head checks less, for the RH0702 message; null when it does not.</summary>
        public string? Loosening { get; }

        /// <summary>Base and head assertions of the same name and strength, for comparing expected values.</summary>
        public IReadOnlyList<(TestFingerprintAssertion Before, TestFingerprintAssertion After)> Pairs { get; }

        public static AssertionComparison Compare(IReadOnlyList<TestFingerprintAssertion> before, IReadOnlyList<TestFingerprintAssertion> after)
        {
            var unused = after.ToList();
            var pairs = new List<(TestFingerprintAssertion, TestFingerprintAssertion)>();
            var unmatched = new List<TestFingerprintAssertion>();
            string? tolerance = null;
            foreach (var assertion in before)
            {
                var same = unused.FirstOrDefault(a => a.Name == assertion.Name && a.Strength == assertion.Strength);
                if (same is not null)
                {
                    unused.Remove(same);
                    pairs.Add((assertion, same));
                    tolerance ??= ToleranceRaised(assertion, same);
                    continue;
                }

                var stronger = unused.FirstOrDefault(a => Rank(a) >= Rank(assertion));
                if (stronger is not null)
                {
                    unused.Remove(stronger);
                }
                else
                {
                    unmatched.Add(assertion);
                }
            }

            if (after.Count < before.Count)
            {
                var gone = string.Join(", ", unmatched.Select(a => "'" + a.Name + "'"));
                var detail = gone.Length > 0 ? $" ({gone} gone)" : string.Empty;
                return new AssertionComparison($"{Count(before.Count)} at the base, {after.Count} now{detail}", pairs);
            }

            if (unmatched.FirstOrDefault() is { } weakened)
            {
                var replacement = unused.OrderByDescending(Rank).FirstOrDefault();
                return new AssertionComparison($"'{weakened.Name}' ({Describe(weakened)}) became '{replacement?.Name}' ({(replacement is null ? "nothing" : Describe(replacement))})", pairs);
            }

            return new AssertionComparison(tolerance, pairs);
        }

        private static int Rank(TestFingerprintAssertion assertion) => TestFingerprintStrength.Rank(assertion.Strength);

        private static string Count(int count) => count == 1 ? "1 assertion" : $"{count} assertions";

        private static string Describe(TestFingerprintAssertion assertion) => assertion.Strength switch
        {
            AssertionStrength.Equality => "an exact value",
            AssertionStrength.Range => "a range",
            AssertionStrength.NullCheck => "only not-null",
            AssertionStrength.Boolean => "only true or false",
            AssertionStrength.ThrowsSpecific => "a specific exception",
            AssertionStrength.ThrowsAny => "any exception",
            AssertionStrength.NoThrow => "only that nothing is thrown",
            _ => assertion.Strength.ToString().ToLowerInvariant(),
        };

        private static string? ToleranceRaised(TestFingerprintAssertion before, TestFingerprintAssertion after)
        {
            if (double.TryParse(before.Tolerance, NumberStyles.Float, CultureInfo.InvariantCulture, out var was)
                && double.TryParse(after.Tolerance, NumberStyles.Float, CultureInfo.InvariantCulture, out var now)
                && now > was)
            {
                return $"the tolerance of '{after.Name}' was raised from {before.Tolerance} to {after.Tolerance}";
            }

            return before.Tolerance is null && after.Tolerance is not null && before.Strength == AssertionStrength.Equality
                ? $"'{after.Name}' now accepts a tolerance of {after.Tolerance}"
                : null;
        }
    }
}
