using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Regression
{
    /// <summary>
    /// How a test now falls short of its recorded contract. Only losses count: more assertions, rows, kinds or expected
    /// values than recorded make a test stronger, which the contract does not forbid.
    /// </summary>
    internal static class ContractWeakening
    {
        public const string Gone = "it is gone from the code";

        /// <summary>What the test of <paramref name="fingerprint"/> lost against <paramref name="recorded"/>, in a fixed order; empty when nothing.</summary>
        public static IReadOnlyList<string> Reasons(TestContract recorded, TestFingerprint fingerprint)
        {
            if (recorded.State != TestContractState.Hidden && Hidden(fingerprint.Discoverability) is { } hidden)
            {
                // A test the runner no longer finds checks nothing; what else it lost does not matter.
                return new[] { hidden };
            }

            var now = TestContract.From(fingerprint);
            var reasons = new List<string>();
            if (now.State == TestContractState.Skipped && recorded.State == TestContractState.Runs)
            {
                reasons.Add("it is skipped now");
            }

            if (now.DataRows < recorded.DataRows)
            {
                reasons.Add(Count(now.DataRows, recorded.DataRows, "data row(s)"));
            }

            if (now.Assertions < recorded.Assertions)
            {
                reasons.Add(Count(now.Assertions, recorded.Assertions, "assertion(s)"));
            }

            var lostKinds = Missing(recorded.Kinds, now.Kinds);
            if (lostKinds.Count > 0)
            {
                reasons.Add("no " + string.Join(", ", lostKinds.Select(k => "'" + k + "'")) + " any more");
            }

            var lostExpected = Missing(recorded.Expected, now.Expected);
            if (lostExpected.Count > 0)
            {
                reasons.Add("no assertion compares with " + string.Join(", ", lostExpected) + " any more");
            }

            return reasons;
        }

        private static string? Hidden(TestDiscoverability discoverability) => discoverability switch
        {
            TestDiscoverability.NoTestAttribute => "its test attribute is gone",
            TestDiscoverability.NotPublic => "it is not public any more",
            TestDiscoverability.AbstractClass => "its class is abstract now",
            _ => null,
        };

        private static string Count(int now, int recorded, string what) =>
            now.ToString(CultureInfo.InvariantCulture) + " " + what + " instead of " + recorded.ToString(CultureInfo.InvariantCulture);

        // Multiset difference, in the recorded order: a value recorded twice and present once now is missing once.
        private static List<string> Missing(IEnumerable<string> recorded, IEnumerable<string> now)
        {
            var available = now.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var value in recorded)
            {
                if (available.TryGetValue(value, out var left) && left > 0)
                {
                    available[value] = left - 1;
                }
                else
                {
                    missing.Add(value);
                }
            }

            return missing;
        }
    }
}
