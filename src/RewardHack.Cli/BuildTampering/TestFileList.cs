using System.Collections.Generic;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>How a message names the files that declare tests a setting affects: the first by path, the rest by count.</summary>
    internal static class TestFileList
    {
        /// <summary>"the test file 'a.cs'" or "the test files 'a.cs' and 2 more"; <paramref name="declaring"/> is not empty.</summary>
        public static string Phrase(RepositoryFiles files, IReadOnlyList<string> declaring)
        {
            var first = RepositoryFinding.RelativePath(files, declaring[0]);
            return declaring.Count == 1 ? $"the test file '{first}'" : $"the test files '{first}' and {declaring.Count - 1} more";
        }

        /// <summary>"is" or "are", agreeing with <see cref="Phrase"/>.</summary>
        public static string Verb(IReadOnlyList<string> declaring) => declaring.Count == 1 ? "is" : "are";
    }
}
