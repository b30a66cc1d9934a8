using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// The properties and items a project declares, read from its XML (and its Directory.Build.props) without evaluating
    /// MSBuild: unconditional declarations and those conditioned on the target framework alone (see
    /// <see cref="ProjectXmlReader"/>), `$(Name)` references substituted from properties already read.
    /// </summary>
    public sealed partial class ProjectXml
    {
        private readonly Dictionary<string, string> properties = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<ProjectItem> items = [];

        private readonly SortedSet<string> declaredSymbols = new(StringComparer.Ordinal);

        /// <param name="projectFile">The project file.</param>
        /// <param name="targetFramework">The framework compiled, set as MSBuild's inner builds set it; null when unknown.</param>
        /// <param name="allTargetFrameworks">Every framework the project builds for; empty when unknown.</param>
        public ProjectXml(string projectFile, string? targetFramework = null, ImmutableArray<string> allTargetFrameworks = default)
        {
            ProjectFile = projectFile;
            ProjectDirectory = System.IO.Path.GetDirectoryName(projectFile)!;
            TargetFramework = targetFramework;
            AllTargetFrameworks = allTargetFrameworks.IsDefault ? [] : allTargetFrameworks;
            properties["MSBuildProjectDirectory"] = ProjectDirectory;
            properties["MSBuildProjectName"] = System.IO.Path.GetFileNameWithoutExtension(projectFile);
            if (targetFramework is not null)
            {
                properties["TargetFramework"] = targetFramework;
            }
        }

        public string ProjectFile { get; }

        public string? TargetFramework { get; }

        public ImmutableArray<string> AllTargetFrameworks { get; }

        /// <summary>
        /// Every preprocessor symbol a `DefineConstants` of the project's files defines under a condition that can hold for
        /// one of its target frameworks: the symbols of all its builds (frameworks, configurations), not only of the one compiled.
        /// </summary>
        public IReadOnlyCollection<string> DeclaredSymbols => declaredSymbols;

        public string ProjectDirectory { get; }

        public string? Sdk { get; set; }

        public IReadOnlyList<ProjectItem> Items => items;

        public string? Property(string name) => properties.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        public bool IsTrue(string name) => string.Equals(Property(name), "true", StringComparison.OrdinalIgnoreCase);

        public void SetProperty(string name, string value, string thisFileDirectory) => properties[name] = Expand(value, thisFileDirectory);

        public void AddItem(ProjectItem item) => items.Add(item);

        public void DeclareSymbols(string defineConstants, string thisFileDirectory) =>
            declaredSymbols.UnionWith(ItemGlobs.Specs(Expand(defineConstants, thisFileDirectory)).Where(IsExpanded));

        public ImmutableArray<ProjectItem> ItemsOf(string type) => items.FindAll(i => string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase)).ToImmutableArray();

        /// <summary>Substitutes known `$(Name)` references; unknown ones stay as written (see <see cref="IsExpanded"/>).</summary>
        public string Expand(string value, string thisFileDirectory) =>
            PropertyReference().Replace(value, m =>
            {
                var name = m.Groups["name"].Value;
                if (string.Equals(name, "MSBuildThisFileDirectory", StringComparison.OrdinalIgnoreCase))
                {
                    return thisFileDirectory + System.IO.Path.DirectorySeparatorChar;
                }

                return properties.TryGetValue(name, out var known) ? known : m.Value;
            });

        public static bool IsExpanded(string value) => !value.Contains("$(", StringComparison.Ordinal) && !value.Contains("@(", StringComparison.Ordinal);

        [GeneratedRegex(@"\$\((?<name>[A-Za-z_][A-Za-z0-9_.-]*)\)")]
        private static partial Regex PropertyReference();
    }

    /// <summary>One item element: its type (Compile, PackageReference, ...), Include/Remove with properties substituted, and metadata.</summary>
    public sealed record ProjectItem(string Type, string? Include, string? Remove, ImmutableDictionary<string, string> Metadata)
    {
        public string? MetadataValue(string name) => Metadata.TryGetValue(name, out var value) ? value : null;
    }
}
