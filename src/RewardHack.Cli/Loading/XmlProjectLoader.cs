using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// The default, safe loading mode: every project read as XML, one compilation each, plus one ad-hoc compilation for
    /// source files that belong to no project. Projects referenced from outside the scanned set are loaded for their
    /// types but not scanned. Nothing from the scanned tree is evaluated or run.
    /// </summary>
    public static class XmlProjectLoader
    {
        public static ImmutableArray<LoadedProject> Load(ScanInput input, NoticeLog notices, CancellationToken cancellationToken)
        {
            var files = new FileIndex(input.Root, input.AllFiles, notices);
            var scanned = new HashSet<string>(input.ProjectFiles, ScanPaths.Comparer);
            var descriptions = new Dictionary<string, ProjectDescription>(ScanPaths.Comparer);
            var pending = new Queue<string>(input.ProjectFiles);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = pending.Dequeue();
                if (descriptions.ContainsKey(file) || ProjectXmlReader.Read(file, notices) is not { } xml)
                {
                    continue;
                }

                var description = ProjectDescriber.Describe(xml, files, notices);
                descriptions.Add(file, description);
                foreach (var reference in description.ProjectReferences)
                {
                    pending.Enqueue(reference);
                }
            }

            var ordered = ProjectOrder.Topological([.. descriptions.Values], notices);
            var compilations = new Dictionary<string, MetadataReference>(ScanPaths.Comparer);
            var loaded = ImmutableArray.CreateBuilder<LoadedProject>();
            foreach (var description in ordered)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var references = description.ProjectReferences.Where(compilations.ContainsKey).Select(r => compilations[r]);
                var project = CompilationFactory.Create(description, references, scanned.Contains(description.ProjectFile!), notices);
                compilations[description.ProjectFile!] = project.Compilation.ToMetadataReference();
                loaded.Add(project);
            }

            if (!input.LooseSourceFiles.IsEmpty)
            {
                loaded.Add(CompilationFactory.Create(AdHoc(input), [], isScanned: true, notices));
            }

            return loaded.ToImmutable();
        }

        private static ProjectDescription AdHoc(ScanInput input) => new(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(input.Root)) is { Length: > 0 } name ? name : "loose-files",
            null,
            input.Root,
            input.LooseSourceFiles,
            [],
            [],
            [],
            ProjectSettings.AdHoc,
            IsTestProject: false);
    }
}
