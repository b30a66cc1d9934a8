using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Regression
{
    /// <summary>
    /// RH0701–RH0705 for one matched test: deleted or undiscoverable, skip added, data rows removed, assertions removed or
    /// loosened, expected value edited while the code under test changed. Only tests the runner ran at the base are judged;
    /// once a test is gone, undiscoverable or skipped, that is its one finding.
    /// </summary>
    internal static class RegressionRules
    {
        public static IEnumerable<Finding> Check(TestMatch match, ImmutableHashSet<string> changedProductionTypes)
        {
            var before = match.Base.Fingerprint;
            if (!before.IsDiscoverable || before.IsSkipped)
            {
                yield break;
            }

            if (match.Head is not { } head)
            {
                yield return Create(Rules.RH0701_TestDeletedOrUndiscoverable, match.Base, before.Id, $"was deleted: it is gone from {match.Base.Path}");
                yield break;
            }

            var after = head.Fingerprint;
            if (Undiscoverable(after.Discoverability) is { } why)
            {
                yield return Create(Rules.RH0701_TestDeletedOrUndiscoverable, head, after.Id, why);
                yield break;
            }

            if (after.IsSkipped)
            {
                yield return Create(Rules.RH0704_SkipAdded, head, after.Id, after.SkipReason is { } reason ? $" ('{reason}')" : string.Empty);
                yield break;
            }

            var removedRows = RemovedRows(before, after);
            if (removedRows.Count > 0)
            {
                yield return Create(Rules.RH0705_DataRowsRemoved, head, after.Id, removedRows.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", removedRows));
            }

            var comparison = AssertionComparison.Compare(before.EffectiveAssertions, after.EffectiveAssertions);
            if (comparison.Loosening is { } loosening)
            {
                yield return Create(Rules.RH0702_AssertionsRemovedOrLoosened, head, after.Id, loosening);
            }

            var underTest = after.ReferencedTypes.Where(changedProductionTypes.Contains).ToList();
            if (underTest.Count > 0 && EditedExpectation(before, after, comparison, removedRows.Count) is { } edit)
            {
                yield return Create(Rules.RH0703_ExpectedValueEditedWithCodeUnderTest, head, after.Id, edit.Now, edit.Before, string.Join(", ", underTest));
            }
        }

        public static Finding Create(DiagnosticDescriptor rule, SnapshotTest at, params object[] arguments) =>
            new(
                rule,
                rule.DefaultSeverity,
                string.Format(CultureInfo.InvariantCulture, rule.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments),
                at.Path,
                at.Span);

        private static string? Undiscoverable(TestDiscoverability discoverability) => discoverability switch
        {
            TestDiscoverability.NoTestAttribute => "is no longer a test: its test attribute was removed",
            TestDiscoverability.NotPublic => "is no longer public, so the test runner does not find it",
            TestDiscoverability.AbstractClass => "is in a class made abstract, so the test runner does not find it",
            _ => null,
        };

        // Rows are compared as a multiset; a theory whose rows now come (also) from a member is not judged.
        private static List<string> RemovedRows(TestFingerprint before, TestFingerprint after)
        {
            if (after.HasDynamicData || after.DataRows.Length >= before.DataRows.Length)
            {
                return [];
            }

            var remaining = after.DataRows.ToList();
            var removed = new List<string>();
            foreach (var row in before.DataRows)
            {
                if (!remaining.Remove(row))
                {
                    removed.Add(row);
                }
            }

            return removed;
        }

        // An expected literal of a paired assertion that the head no longer accepts, or a data row rewritten in place.
        private static (string Now, string Before)? EditedExpectation(TestFingerprint before, TestFingerprint after, AssertionComparison comparison, int removedRows)
        {
            foreach (var (old, current) in comparison.Pairs)
            {
                var was = ExpectedValues(before, old);
                var now = ExpectedValues(after, current);
                if (was.Count == 1 && now.Count > 0 && !now.Contains(was[0]))
                {
                    return (string.Join(" or ", now.Distinct()), was[0]);
                }
            }

            if (removedRows == 0 && before.DataRows.Length == after.DataRows.Length)
            {
                var added = after.DataRows.Except(before.DataRows).ToList();
                var gone = before.DataRows.Except(after.DataRows).ToList();
                if (added.Count > 0 && gone.Count > 0)
                {
                    return ("row " + added[0], gone[0]);
                }
            }

            return null;
        }

        private static List<string> ExpectedValues(TestFingerprint test, TestFingerprintAssertion assertion)
        {
            if (assertion.Expected is { } literal)
            {
                return [literal];
            }

            if (assertion.ExpectedParameter is not { } index)
            {
                return [];
            }

            return [.. test.DataRows.Select(RowValues.Split).Where(r => index < r.Count).Select(r => r[index])];
        }
    }
}
