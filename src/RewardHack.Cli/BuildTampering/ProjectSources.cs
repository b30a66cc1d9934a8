using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>What the checks need to know about projects without evaluating them: their C# files on disk and their test framework references.</summary>
    internal sealed class ProjectSources
    {
        private static readonly ImmutableHashSet<string> TestFrameworkPackages = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "Microsoft.NET.Test.Sdk", "xunit", "xunit.core", "xunit.v3", "xunit.v3.core", "NUnit", "MSTest", "MSTest.TestFramework", "TUnit", "TUnit.Core");

        private readonly ImmutableArray<string> sourceFiles;
        private readonly ImmutableHashSet<string> projectDirectories;

        public ProjectSources(RepositoryFiles files)
        {
            sourceFiles = TemplateContent.Without(files, files.AllFiles).Where(p => TextFiles.HasExtension(p, ".cs")).OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray();
            projectDirectories = files.ProjectFiles.Concat(files.AllFiles)
                .Where(p => TextFiles.HasExtension(p, ".csproj"))
                .Select(p => Path.GetDirectoryName(p)!)
                .ToImmutableHashSet(StringComparer.Ordinal);
        }

        /// <summary>C# files under <paramref name="directory"/>, in order.</summary>
        public IEnumerable<string> Under(string directory) => sourceFiles.Where(p => IsUnder(p, directory));

        /// <summary>The C# files a project compiles by default: those under its folder and not under a nested project's folder.</summary>
        public IEnumerable<string> OfProject(string projectPath)
        {
            var directory = Path.GetDirectoryName(projectPath)!;
            return Under(directory).Where(p => NearestProjectDirectory(p, directory) == directory);
        }

        /// <summary>True when the project references a test framework or the test SDK (PackageReference or an MSTest.Sdk project SDK).</summary>
        public static bool ReferencesTestFramework(BuildXml project) =>
            project.Elements("PackageReference").Any(r => TestFrameworkPackages.Contains(BuildXml.Metadata(r, "Include")?.Trim() ?? string.Empty))
            || (project.Document.Root?.Attribute("Sdk")?.Value ?? string.Empty).StartsWith("MSTest.Sdk", StringComparison.OrdinalIgnoreCase);

        /// <summary>The absolute path of a path written in a build or solution file, or null when it is not a valid path.</summary>
        public static string? FullPath(string directory, string written)
        {
            try
            {
                return Path.GetFullPath(Path.Combine(directory, written.Trim().Replace('\\', '/')));
            }
            catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
            {
                return null;
            }
        }

        public static bool IsUnder(string path, string directory) =>
            path.StartsWith(directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        private string? NearestProjectDirectory(string file, string stopAt)
        {
            for (var directory = Path.GetDirectoryName(file); directory is not null; directory = Path.GetDirectoryName(directory))
            {
                if (projectDirectories.Contains(directory) || directory == stopAt)
                {
                    return directory;
                }
            }

            return null;
        }
    }
}
