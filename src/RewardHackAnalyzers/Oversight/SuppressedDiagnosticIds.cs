using System;
using System.Collections.Immutable;

namespace RewardHackAnalyzers.Oversight
{
    /// <summary>Which suppressed diagnostic ids matter: our own rules anywhere, and peers' test-integrity checks in test code.</summary>
    internal static class SuppressedDiagnosticIds
    {
        /// <summary>
        /// Diagnostics of the compiler and of test-framework analyzers that catch tests which cannot fail or do not run:
        /// unreachable code after an early exit (CS0162), skipped or ignored tests (xUnit1004, MSTEST0015, S1607),
        /// always-passing or always-failing assertions (xUnit2020, MSTEST0032, NUnit2007, NUnit2009, S2701), tests without
        /// assertions (S2699). Style rules of the same analyzers are not listed: silencing them hides nothing.
        /// </summary>
        private static readonly ImmutableHashSet<string> TestIntegrityIds = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "CS0162", "xUnit1004", "xUnit2020", "MSTEST0015", "MSTEST0032", "NUnit2007", "NUnit2009", "S1607", "S2699", "S2701");

        /// <summary>True for an id of this package's rules (RH followed by digits).</summary>
        public static bool IsRewardHackRule(string id)
        {
            if (id.Length < 3 || !id.StartsWith("RH", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            for (var i = 2; i < id.Length; i++)
            {
                if (!char.IsDigit(id[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsTestIntegrityCheck(string id) => TestIntegrityIds.Contains(id);

        /// <summary>How the message names a suppressed id, or null when suppressing it is none of our business.</summary>
        public static string? Describe(string id, bool inTestCode)
        {
            if (IsRewardHackRule(id))
            {
                return id;
            }

            return inTestCode && IsTestIntegrityCheck(id) ? "test-integrity check " + id + " in test code" : null;
        }
    }
}
