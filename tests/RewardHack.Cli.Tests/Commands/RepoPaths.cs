using System;
using System.IO;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>Places in this repository, found from the test assembly's folder so the tests run from any working directory.</summary>
    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Sample(string name) => Path.Combine(Root, "samples", name);

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "RewardHackAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No RewardHackAnalyzers.sln in any folder above " + AppContext.BaseDirectory);
        }
    }
}
