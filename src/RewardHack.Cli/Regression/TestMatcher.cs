using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace RewardHack.Cli.Regression
{
    /// <summary>
    /// Pairs each base test with its head version, in this order: the same fully qualified id; the same id as a head method
    /// that lost its test attribute; a new head test with the same normalised body and parameters (a rename or a move);
    /// a new head theory whose data rows hold the base test's expected values (a <c>Fact</c> folded into a <c>Theory</c>).
    /// A base test left over was deleted. Ties go to the first candidate by id, so the result is deterministic.
    /// </summary>
    internal static class TestMatcher
    {
        public static IReadOnlyList<TestMatch> Match(TestSnapshot baseTests, TestSnapshot headTests, CancellationToken cancellationToken)
        {
            var baseIds = baseTests.Tests.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var headById = headTests.Tests.ToLookup(t => t.Id, StringComparer.Ordinal);
            var newHeads = headTests.Tests.Where(t => !baseIds.Contains(t.Id)).ToList();
            var renamedTo = new HashSet<SnapshotTest>();
            var matches = new List<TestMatch>();
            foreach (var test in baseTests.Tests)
            {
                var head = headById[test.Id].FirstOrDefault()
                    ?? headTests.NonTestMethod(test.Id, cancellationToken)
                    ?? Renamed(test, newHeads, renamedTo)
                    ?? FoldedIntoTheory(test, newHeads);
                matches.Add(new TestMatch(test, head));
            }

            return matches;
        }

        private static SnapshotTest? Renamed(SnapshotTest test, List<SnapshotTest> newHeads, HashSet<SnapshotTest> taken)
        {
            var found = newHeads.FirstOrDefault(h => !taken.Contains(h)
                && h.Fingerprint.NormalizedBody == test.Fingerprint.NormalizedBody
                && h.Fingerprint.Parameters.SequenceEqual(test.Fingerprint.Parameters));
            if (found is not null)
            {
                taken.Add(found);
            }

            return found;
        }

        // Several facts may fold into one theory, so a theory is never "taken".
        private static SnapshotTest? FoldedIntoTheory(SnapshotTest test, List<SnapshotTest> newHeads) =>
            newHeads.FirstOrDefault(h => !h.Fingerprint.DataRows.IsEmpty && CoversCase(test, h));

        /// <summary>
        /// True when the theory makes the same assertions (by name, in order) as the fact, and one of its rows supplies every
        /// expected value the fact hard-codes, at the parameter the theory passes as that expected value.
        /// </summary>
        public static bool CoversCase(SnapshotTest fact, SnapshotTest theory)
        {
            var expected = fact.Fingerprint.EffectiveAssertions;
            var actual = theory.Fingerprint.EffectiveAssertions;
            if (expected.Count == 0 || !expected.Select(a => a.Name).SequenceEqual(actual.Select(a => a.Name), StringComparer.Ordinal))
            {
                return false;
            }

            return theory.Fingerprint.DataRows.Select(RowValues.Split).Any(row =>
                expected.Zip(actual).All(pair => pair.First.Expected is not { } literal
                    || (pair.Second.ExpectedParameter is { } index && index < row.Count && row[index] == literal)
                    || pair.Second.Expected == literal));
        }
    }
}
