using System;
using System.Collections.Immutable;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// Whether a path shape (see <c>Tampering.PathShape</c>: constant text kept, unknown parts <c>*</c>, separators
    /// <c>/</c>) points at the tests' own assets. Matching is by whole path segment and whole dot-separated token,
    /// ignoring case, so <c>Contests/</c>, <c>latest.json</c> and <c>appsettings.Test.json</c> do not match.
    /// </summary>
    internal static class TestAssetPaths
    {
        public const string TestFolder = "a test folder";
        public const string TestProject = "a test project folder";
        public const string TestData = "a test data folder";
        public const string SnapshotFolder = "a snapshot folder";
        public const string ExpectedOutput = "an expected-output file";
        public const string ApprovedSnapshot = "an approved snapshot";
        public const string GoldenFile = "a golden file";
        public const string ExpectedFolder = "an expected-output folder";
        public const string GoldenFolder = "a golden-file folder";

        // Folders that hold tests. The singular "test" is left out: it is also a deployment environment's name
        // (config/test/appsettings.json), and a test project under test/ is still caught by its "*.Tests" folder.
        private static readonly ImmutableHashSet<string> TestFolders = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "tests", "__tests__", "unittests", "unit-tests", "unit_tests", "integrationtests", "integration-tests", "integration_tests");

        private static readonly ImmutableHashSet<string> TestDataFolders = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "testdata", "test-data", "test_data", "testcases", "test-cases", "test_cases", "testfiles", "test-files", "test_files");

        private static readonly ImmutableHashSet<string> SnapshotFolders = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase, "__snapshots__");

        // The last dot-token of a project folder that is a test project: OrderPricing.Tests, Shop.UnitTests, Api.Specs.
        private static readonly ImmutableHashSet<string> TestProjectSuffixes = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase, "tests", "test", "unittests", "integrationtests", "specs");

        // A file-name token or a whole folder name naming expected output, compared without '_' and '-':
        // case1.expected.txt, expected_output.txt, expected-results.json, expected/case1.txt. Whole tokens only, so
        // "unexpected.log" and "ExpectedDeliveryDates.json" do not match.
        private static readonly ImmutableHashSet<string> ExpectedNames = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "expected", "expectedoutput", "expectedoutputs", "expectedresult", "expectedresults", "expectedanswer",
            "expectedanswers", "expectedvalue", "expectedvalues");

        // Golden files and folders (run1.golden, golden/invoice.txt, golden_output.txt); "golden-retriever.jpg" does not match.
        private static readonly ImmutableHashSet<string> GoldenNames = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase, "golden", "goldens", "goldenfile", "goldenfiles", "goldenoutput", "goldenmaster");

        // Verify's approved files are '<name>.verified.<ext>', ApprovalTests' '<name>.approved.<ext>'.
        private static readonly ImmutableHashSet<string> ApprovalTokens = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase, "verified", "approved");

        /// <summary>
        /// The part of a file or directory path that names a test asset, and what it is; null when nothing does.
        /// <paramref name="lastIsDirectory"/> says whether the last segment is a directory (Directory APIs) or a file.
        /// </summary>
        public static (string Part, string Kind)? ClassifyPath(string shape, bool lastIsDirectory)
        {
            var segments = shape.Split('/');
            var last = segments.Length - 1;
            if (!lastIsDirectory && ClassifyFileName(segments[last]) is { } file)
            {
                return (segments[last], file);
            }

            for (var i = 0; i < segments.Length; i++)
            {
                if ((i < last || lastIsDirectory) && ClassifyFolder(segments[i]) is { } folder)
                {
                    return (segments[i], folder);
                }
            }

            return null;
        }

        /// <summary>
        /// As <see cref="ClassifyPath"/> for a manifest resource name, where the build turned folders into dot-separated
        /// tokens (<c>Shop.Tests.expected_output.txt</c>): every token but the extension may be a folder, and the file-name
        /// rules apply to the whole name.
        /// </summary>
        public static (string Part, string Kind)? ClassifyResource(string name)
        {
            if (ClassifyFileName(name) is { } file)
            {
                return (name, file);
            }

            var tokens = name.Split('.');
            for (var i = 0; i < tokens.Length - 1; i++)
            {
                if (ClassifyFolderName(tokens[i]) is { } folder)
                {
                    return (tokens[i], folder);
                }
            }

            return null;
        }

        private static string? ClassifyFileName(string fileName)
        {
            var tokens = fileName.Split('.');
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i];
                if (IsExpected(token))
                {
                    return ExpectedOutput;
                }

                // The first token is the file's own name ("approved.json" is a list of approvals, not a snapshot).
                if (i > 0 && ApprovalTokens.Contains(token))
                {
                    return ApprovedSnapshot;
                }

                if (IsGolden(token))
                {
                    return GoldenFile;
                }
            }

            return null;
        }

        private static string? ClassifyFolder(string segment)
        {
            if (ClassifyFolderName(segment) is { } kind)
            {
                return kind;
            }

            if (IsExpected(segment))
            {
                return ExpectedFolder;
            }

            if (IsGolden(segment))
            {
                return GoldenFolder;
            }

            var dot = segment.LastIndexOf('.');
            return dot > 0 && TestProjectSuffixes.Contains(segment.Substring(dot + 1)) ? TestProject : null;
        }

        private static string? ClassifyFolderName(string name) =>
            TestFolders.Contains(name) ? TestFolder
            : TestDataFolders.Contains(name) ? TestData
            : SnapshotFolders.Contains(name) ? SnapshotFolder
            : null;

        private static bool IsExpected(string token) => ExpectedNames.Contains(Compact(token));

        private static bool IsGolden(string token) => GoldenNames.Contains(Compact(token));

        // "expected_output" and "expected-output" are "expectedoutput".
        private static string Compact(string token) => token.Replace("_", string.Empty).Replace("-", string.Empty);
    }
}
