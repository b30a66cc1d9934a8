using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace RewardHack.Cli.Loading
{
    /// <summary>Turns a project's XML declarations into the <see cref="ProjectDescription"/> of its compilation.</summary>
    public static class ProjectDescriber
    {
        private static readonly string[] TestPackagePrefixes = ["Microsoft.NET.Test.Sdk", "xunit", "NUnit", "MSTest", "TUnit"];
        private static readonly string[] NonCompilingSdks = ["Microsoft.Build.Traversal", "Microsoft.Build.NoTargets"];

        public static ProjectDescription Describe(ProjectXml project, FileIndex files, NoticeLog notices)
        {
            var directory = project.ProjectDirectory;
            var packages = project.ItemsOf("PackageReference").Select(i => i.Include).OfType<string>()
                .Where(ProjectXml.IsExpanded).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            return new ProjectDescription(
                Path.GetFileNameWithoutExtension(project.ProjectFile),
                project.ProjectFile,
                directory,
                SourceFiles(project, files),
                project.ItemsOf("AdditionalFiles").SelectMany(i => ItemGlobs.MatchAll(directory, i.Include, files))
                    .Distinct(ScanPaths.Comparer).ToImmutableArray(),
                ProjectReferences(project, notices),
                packages,
                Settings(project),
                project.IsTrue("IsTestProject")
                    || string.Equals(project.Sdk, "MSTest.Sdk", StringComparison.OrdinalIgnoreCase)
                    || packages.Any(p => TestPackagePrefixes.Any(prefix => p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))));
        }

        private static ImmutableArray<string> SourceFiles(ProjectXml project, FileIndex files)
        {
            var directory = project.ProjectDirectory;
            var selected = new HashSet<string>(ScanPaths.Comparer);
            if (CompilesNothing(project.Sdk))
            {
                return [];
            }

            var defaults = !string.Equals(project.Property("EnableDefaultItems"), "false", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(project.Property("EnableDefaultCompileItems"), "false", StringComparison.OrdinalIgnoreCase);
            if (defaults)
            {
                // The SDK's default glob: **/*.cs minus bin/obj (never listed) and folders starting with '.'.
                selected.UnionWith(files.FilesUnder(directory)
                    .Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !ScanPaths.Relative(directory, f).Split('/').Any(segment => segment.StartsWith('.'))));
            }

            foreach (var item in project.ItemsOf("Compile"))
            {
                selected.UnionWith(ItemGlobs.MatchAll(directory, item.Include, files));
                selected.ExceptWith(ItemGlobs.MatchAll(directory, item.Remove, files));
            }

            return selected.Order(ScanPaths.Comparer).ToImmutableArray();
        }

        // A traversal project (Microsoft.Build.Traversal) only builds its references, and a NoTargets project
        // (Microsoft.Build.NoTargets) compiles no assembly: neither compiles the sources below it, even at a repository root.
        private static bool CompilesNothing(string? sdk) =>
            sdk?.Split('/')[0].Trim() is { } name
            && NonCompilingSdks.Any(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));

        private static ImmutableArray<string> ProjectReferences(ProjectXml project, NoticeLog notices)
        {
            var references = ImmutableArray.CreateBuilder<string>();
            foreach (var item in project.ItemsOf("ProjectReference"))
            {
                // An analyzer or build-only reference is not part of the compilation.
                if (item.Include is null
                    || string.Equals(item.MetadataValue("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(item.MetadataValue("OutputItemType"), "Analyzer", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var spec in ItemGlobs.Specs(item.Include))
                {
                    if (!ProjectXml.IsExpanded(spec))
                    {
                        notices.Add(project.ProjectFile, $"project reference '{spec}' ignored: it needs MSBuild evaluation");
                        continue;
                    }

                    var path = Path.GetFullPath(Path.Combine(project.ProjectDirectory, spec.Replace('\\', '/')));
                    if (File.Exists(path))
                    {
                        references.Add(path);
                    }
                    else
                    {
                        notices.Add(project.ProjectFile, $"project reference '{spec}' not found");
                    }
                }
            }

            return references.Distinct(ScanPaths.Comparer).ToImmutableArray();
        }

        private static ProjectSettings Settings(ProjectXml project)
        {
            var usings = new List<UsingItem>();
            foreach (var item in project.ItemsOf("Using"))
            {
                if (item.Include is { } include && ProjectXml.IsExpanded(include))
                {
                    usings.Add(new UsingItem(
                        include,
                        item.MetadataValue("Alias"),
                        string.Equals(item.MetadataValue("Static"), "true", StringComparison.OrdinalIgnoreCase)));
                }

                if (item.Remove is { } remove)
                {
                    usings.RemoveAll(u => string.Equals(u.Namespace, remove, StringComparison.Ordinal));
                }
            }

            var implicitUsings = project.Property("ImplicitUsings");
            return new ProjectSettings(
                TargetFrameworks.Choose(project.Property("TargetFramework") ?? project.Property("TargetFrameworks")),
                project.Property("LangVersion"),
                project.Property("Nullable"),
                ItemGlobs.Specs(project.Property("DefineConstants")).Where(ProjectXml.IsExpanded).ToImmutableArray(),
                string.Equals(implicitUsings, "enable", StringComparison.OrdinalIgnoreCase) || string.Equals(implicitUsings, "true", StringComparison.OrdinalIgnoreCase),
                project.Sdk,
                [.. usings],
                [.. project.ItemsOf("InternalsVisibleTo").Select(i => i.Include).OfType<string>().Where(ProjectXml.IsExpanded)],
                [.. project.DeclaredSymbols]);
        }
    }
}
