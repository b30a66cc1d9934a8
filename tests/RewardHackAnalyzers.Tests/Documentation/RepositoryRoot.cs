using System;
using System.IO;

namespace RewardHackAnalyzers.Tests.Documentation
{
    /// <summary>
    /// The checkout the tests run in, found by walking up from the test assembly to the folder holding the solution,
    /// so docs and seeds are read where they are written instead of being copied to the output.
    /// </summary>
    internal static class RepositoryRoot
    {
        private const string SolutionFile = "RewardHackAnalyzers.sln";

        public static string FullPath { get; } = Find();

        /// <summary>The absolute path of <paramref name="relativePath"/> (forward slashes) inside the checkout.</summary>
        public static string File(string relativePath) =>
            Path.Combine(FullPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

        private static string Find()
        {
            var start = Path.GetDirectoryName(typeof(RepositoryRoot).Assembly.Location) ?? AppContext.BaseDirectory;
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No folder above '{start}' contains {SolutionFile}.");
        }
    }
}
