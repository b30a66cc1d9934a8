using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// The build files that make up the scanned repository's own build, read as XML: every project, the files MSBuild
    /// imports implicitly (Directory.Build.props/targets, Directory.Packages.props, Directory.Solution.*), and the props and
    /// targets those import by name, transitively. Other props and targets — a package's build/ and buildTransitive/ logic
    /// shipped to its consumers, a test framework's own targets — are not part of this repository's gate.
    /// </summary>
    internal static class RepositoryBuild
    {
        private static readonly string[] ProjectExtensions = { ".csproj", ".vbproj", ".fsproj", ".proj" };
        private static readonly string[] ImportableExtensions = { ".props", ".targets" };
        private static readonly string[] ImplicitImports =
        {
            "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "Directory.Solution.props", "Directory.Solution.targets",
        };

        public static IReadOnlyList<BuildXml> Load(RepositoryFiles files)
        {
            var candidates = TemplateContent.Without(files, files.ProjectFiles.Concat(files.AllFiles))
                .Where(p => TextFiles.HasExtension(p, ProjectExtensions) || TextFiles.HasExtension(p, ImportableExtensions))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var documents = new Dictionary<string, BuildXml?>(StringComparer.Ordinal);
            BuildXml? Document(string path) => documents.TryGetValue(path, out var d) ? d : documents[path] = BuildXml.TryLoad(path);

            var included = candidates
                .Where(p => TextFiles.HasExtension(p, ProjectExtensions) || ImplicitImports.Contains(Path.GetFileName(p), StringComparer.OrdinalIgnoreCase))
                .ToHashSet(StringComparer.Ordinal);
            var importable = candidates.Where(p => TextFiles.HasExtension(p, ImportableExtensions)).ToList();
            var pending = new Queue<string>(included);
            while (pending.Count > 0)
            {
                var names = ImportedNames(Document(pending.Dequeue()));
                foreach (var path in importable.Where(p => !included.Contains(p) && names.Any(n => n.IsMatch(Path.GetFileName(p)))))
                {
                    included.Add(path);
                    pending.Enqueue(path);
                }
            }

            return included.OrderBy(p => p, StringComparer.Ordinal).Select(Document).OfType<BuildXml>().ToList();
        }

        /// <summary>The file names (globs allowed) a build file imports; a name built from a property cannot be read and is skipped.</summary>
        private static List<System.Text.RegularExpressions.Regex> ImportedNames(BuildXml? file) =>
            file is null
                ? new List<System.Text.RegularExpressions.Regex>()
                : file.Elements("Import")
                    .Select(i => i.Attribute("Project")?.Value.Trim().Replace('\\', '/'))
                    .OfType<string>()
                    .Select(p => p[(p.LastIndexOf('/') + 1)..])
                    .Where(name => name.Length > 0 && !name.Contains("$(", StringComparison.Ordinal))
                    .Select(Glob.ToRegex)
                    .ToList();
    }
}
