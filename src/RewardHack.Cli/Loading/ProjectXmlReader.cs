using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Reads a .csproj and the Directory.Build.props above it as plain XML (System.Xml.Linq, DTDs prohibited): nothing is
    /// evaluated, imported SDK logic is never read, targets never run. Elements with a Condition are skipped, because
    /// deciding them would need evaluation — except conditions on the target framework alone
    /// (<see cref="TargetFrameworkConditions"/>), decided for the framework the scan compiles. Every `DefineConstants`
    /// that some target framework's build can apply is also read, for <see cref="ProjectXml.DeclaredSymbols"/>.
    /// </summary>
    public static class ProjectXmlReader
    {
        private const int MaxImportDepth = 8;

        /// <summary>The project's declarations, or null (with a notice) when its XML is not readable.</summary>
        public static ProjectXml? Read(string projectFile, NoticeLog notices)
        {
            // A first reading finds the target frameworks; the second decides the conditions on the one compiled.
            var declared = ReadFor(projectFile, targetFramework: null, [], notices);
            var monikers = declared?.Property("TargetFramework") ?? declared?.Property("TargetFrameworks");
            var targetFramework = TargetFrameworks.Choose(monikers);
            return targetFramework is null ? declared : ReadFor(projectFile, targetFramework, TargetFrameworks.All(monikers), notices);
        }

        private static ProjectXml? ReadFor(string projectFile, string? targetFramework, ImmutableArray<string> allTargetFrameworks, NoticeLog notices)
        {
            var document = Load(projectFile, notices, "project skipped");
            if (document?.Root is null)
            {
                return null;
            }

            var project = new ProjectXml(projectFile, targetFramework, allTargetFrameworks) { Sdk = (string?)document.Root.Attribute("Sdk") };
            var directoryProps = FindAbove(project.ProjectDirectory, "Directory.Build.props");
            if (directoryProps is not null)
            {
                ReadImported(project, directoryProps, notices, depth: 0);
            }

            Declare(project, document.Root, project.ProjectDirectory, notices, depth: 0);
            return project;
        }

        private static void ReadImported(ProjectXml project, string file, NoticeLog notices, int depth)
        {
            var document = Load(file, notices, "build props ignored");
            if (document?.Root is not null && depth < MaxImportDepth)
            {
                Declare(project, document.Root, Path.GetDirectoryName(file)!, notices, depth);
            }
        }

        private static void Declare(ProjectXml project, XElement root, string thisFileDirectory, NoticeLog notices, int depth)
        {
            DeclareSymbols(project, root, thisFileDirectory);
            foreach (var element in root.Elements().Where(e => Applies(project, e)))
            {
                switch (element.Name.LocalName)
                {
                    case "PropertyGroup":
                        foreach (var property in element.Elements().Where(e => Applies(project, e)))
                        {
                            project.SetProperty(property.Name.LocalName, property.Value.Trim(), thisFileDirectory);
                        }

                        break;
                    case "ItemGroup":
                        foreach (var item in element.Elements().Where(e => Applies(project, e)))
                        {
                            project.AddItem(Item(project, item, thisFileDirectory));
                        }

                        break;
                    case "Import":
                        var imported = ImportedDirectoryProps((string?)element.Attribute("Project"), thisFileDirectory, project);
                        if (imported is not null)
                        {
                            ReadImported(project, imported, notices, depth + 1);
                        }

                        break;
                }
            }
        }

        // Only the common chaining of Directory.Build.props files is followed; other imports are build logic the scan ignores.
        private static string? ImportedDirectoryProps(string? import, string thisFileDirectory, ProjectXml project)
        {
            if (import is null || !import.Contains("Directory.Build.props", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (import.Contains("GetPathOfFileAbove", StringComparison.OrdinalIgnoreCase))
            {
                return FindAbove(Path.GetDirectoryName(thisFileDirectory), "Directory.Build.props");
            }

            var expanded = project.Expand(import, thisFileDirectory);
            if (!ProjectXml.IsExpanded(expanded))
            {
                return null;
            }

            var path = Path.GetFullPath(Path.Combine(thisFileDirectory, expanded));
            return File.Exists(path) ? path : null;
        }

        private static ProjectItem Item(ProjectXml project, XElement item, string thisFileDirectory)
        {
            string? Attribute(string name) => (string?)item.Attribute(name) is { } value ? project.Expand(value, thisFileDirectory) : null;

            var metadata = item.Attributes()
                .Where(a => a.Name.LocalName is not ("Include" or "Remove" or "Update" or "Condition"))
                .Select(a => (a.Name.LocalName, a.Value))
                .Concat(item.Elements().Select(e => (e.Name.LocalName, e.Value.Trim())))
                .GroupBy(m => m.Item1, StringComparer.OrdinalIgnoreCase)
                .ToImmutableDictionary(g => g.Key, g => g.Last().Item2, StringComparer.OrdinalIgnoreCase);
            return new ProjectItem(item.Name.LocalName, Attribute("Include"), Attribute("Remove"), metadata);
        }

        // The symbols of the project's other builds: a DefineConstants counts unless its conditions are false for every
        // target framework of the project (conditions on the configuration, the OS, ... may hold in some build).
        private static void DeclareSymbols(ProjectXml project, XElement root, string thisFileDirectory)
        {
            string?[] frameworks = project.AllTargetFrameworks.IsEmpty ? [null] : [.. project.AllTargetFrameworks];
            foreach (var defineConstants in root.Descendants().Where(e => e.Name.LocalName == "DefineConstants" && e.Parent?.Name.LocalName == "PropertyGroup"))
            {
                var conditions = defineConstants.AncestorsAndSelf().TakeWhile(e => e != root)
                    .Select(e => (string?)e.Attribute("Condition")).OfType<string>().ToArray();
                if (frameworks.Any(framework => conditions.All(c => TargetFrameworkConditions.Decide(c, framework) != false)))
                {
                    project.DeclareSymbols(defineConstants.Value.Trim(), thisFileDirectory);
                }
            }
        }

        private static bool Applies(ProjectXml project, XElement element) =>
            (string?)element.Attribute("Condition") is not { } condition
            || TargetFrameworkConditions.Decide(condition, project.TargetFramework) == true;

        private static string? FindAbove(string? directory, string fileName)
        {
            for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
            {
                var candidate = Path.Combine(current, fileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        private static XDocument? Load(string file, NoticeLog notices, string consequence)
        {
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using var reader = XmlReader.Create(file, settings);
                return XDocument.Load(reader, LoadOptions.None);
            }
            catch (XmlException e)
            {
                notices.Add(file, $"{consequence}: invalid XML at line {e.LineNumber}: {FirstSentence(e.Message)}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notices.Add(file, $"{consequence}: it cannot be read ({e.Message})");
            }

            return null;
        }

        private static string FirstSentence(string message)
        {
            var end = message.IndexOf(". ", StringComparison.Ordinal);
            return end < 0 ? message.TrimEnd('.') : message[..end];
        }
    }
}
