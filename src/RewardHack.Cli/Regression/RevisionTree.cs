using System;
using System.Collections.Immutable;
using System.Formats.Tar;
using System.IO;
using System.Linq;
using RewardHack.Cli.Loading;
using RewardHack.Cli.Scanning;

namespace RewardHack.Cli.Regression
{
    /// <summary>
    /// One version of the scanned folder on disk: the working tree itself, or a revision exported by `git archive` into a
    /// temporary folder (regular files only, nothing outside it) that is deleted on dispose. Only read-only git commands run.
    /// </summary>
    internal sealed class RevisionTree : IDisposable
    {
        private RevisionTree(string root, bool isTemporary)
        {
            Root = root;
            IsTemporary = isTemporary;
        }

        public string Root { get; }

        public bool IsTemporary { get; }

        public static RevisionTree WorkingTree(string root) => new(root, isTemporary: false);

        /// <summary>The scanned folder (<paramref name="root"/>, inside a repository) as it is at <paramref name="revision"/>.</summary>
        public static RevisionTree? Export(string root, string revision, out string? error)
        {
            error = null;
            if (GitCommand.Run(root, ["rev-parse", "--show-prefix"], out var prefix, out var gitError) != 0)
            {
                error = "diff: git failed: " + gitError.Trim();
                return null;
            }

            var folder = Path.Combine(Path.GetTempPath(), "rewardhack-diff-" + Guid.NewGuid().ToString("N"));
            var archive = folder + ".tar";
            Directory.CreateDirectory(folder);
            var tree = new RevisionTree(folder, isTemporary: true);
            try
            {
                if (GitCommand.Run(root, ["archive", "--format=tar", "-o", archive, revision + ":" + prefix.Trim()], out _, out gitError) != 0)
                {
                    error = $"diff: git cannot export '{revision}': " + gitError.Trim();
                    tree.Dispose();
                    return null;
                }

                Extract(archive, folder);
                return tree;
            }
            finally
            {
                File.Delete(archive);
            }
        }

        /// <summary>The files that differ between the revisions (head null: the working tree, with untracked files), relative to <paramref name="root"/>.</summary>
        public static ImmutableHashSet<string>? ChangedFiles(string root, string baseRevision, string? headRevision, out string? error)
        {
            error = null;
            string[] range = headRevision is null ? [baseRevision] : [baseRevision, headRevision];
            if (GitCommand.Run(root, ["diff", "--name-only", "-z", "--relative", "--no-ext-diff", "--no-textconv", .. range, "--"], out var changed, out var gitError) != 0)
            {
                error = "diff: git failed: " + gitError.Trim();
                return null;
            }

            var untracked = string.Empty;
            if (headRevision is null && GitCommand.Run(root, ["ls-files", "--others", "--exclude-standard", "-z"], out untracked, out gitError) != 0)
            {
                error = "diff: git failed: " + gitError.Trim();
                return null;
            }

            return changed.Split('\0').Concat(untracked.Split('\0')).Where(p => p.Length > 0).ToImmutableHashSet(ScanPaths.Comparer);
        }

        public void Dispose()
        {
            if (!IsTemporary)
            {
                return;
            }

            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS temp cleaner; the diff's result stands.
            }
        }

        // Regular files only (no links, no devices), each checked to land inside the folder.
        private static void Extract(string archive, string folder)
        {
            var rootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
            using var stream = File.OpenRead(archive);
            using var reader = new TarReader(stream);
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(folder, entry.Name));
                if (!target.StartsWith(rootWithSeparator, StringComparison.Ordinal))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
            }
        }
    }
}
