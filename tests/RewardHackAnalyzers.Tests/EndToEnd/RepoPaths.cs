using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace RewardHackAnalyzers.Tests.EndToEnd
{
    /// <summary>Places in this repository, found from the test assembly's folder so the tests run from any working directory.</summary>
    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Samples => Path.Combine(Root, "samples");

        public static string PackageProjectDirectory => Path.Combine(Root, "src", "RewardHackAnalyzers.Package");

        public static string PackageProject => Path.Combine(PackageProjectDirectory, "RewardHackAnalyzers.Package.csproj");

        public static string Presets => Path.Combine(PackageProjectDirectory, "configuration");

        public static string Readme => Path.Combine(Root, "README.md");

        /// <summary>The version every project is built and packed with (Directory.Build.props).</summary>
        public static string Version =>
            XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("Version").Single().Value;

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
