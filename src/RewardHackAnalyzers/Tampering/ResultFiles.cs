using System;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>Whether a path shape (see <see cref="PathShape"/>) names a file the test verdict is read from.</summary>
    internal static class ResultFiles
    {
        public const string TestResult = "a test result file";
        public const string UnderTestResults = "a file under TestResults/";
        public const string ApprovedSnapshot = "an approved snapshot";

        /// <summary>What the file is, or null when it is not a result or snapshot file.</summary>
        public static string? Classify(string shape)
        {
            var segments = shape.Split('/');
            var file = segments[segments.Length - 1];
            if (file.EndsWith(".trx", StringComparison.OrdinalIgnoreCase)
                || (file.StartsWith("junit", StringComparison.OrdinalIgnoreCase) && file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                return TestResult;
            }

            // Verify's approved files are '<name>.verified.<ext>'; the '.received.' files it writes itself are not approvals.
            if (file.IndexOf(".verified.", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return ApprovedSnapshot;
            }

            for (var i = 0; i < segments.Length - 1; i++)
            {
                if (string.Equals(segments[i], "TestResults", StringComparison.OrdinalIgnoreCase))
                {
                    return UnderTestResults;
                }
            }

            return null;
        }
    }
}
