using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// The files of the scanned tree, listed once, and of any folder outside it a project points at (listed on demand,
    /// then remembered), so globbing many projects never walks the disk twice.
    /// </summary>
    public sealed class FileIndex
    {
        private readonly string root;
        private readonly ImmutableArray<string> rootFiles;
        private readonly NoticeLog notices;
        private readonly ConcurrentDictionary<string, ImmutableArray<string>> outside = new(ScanPaths.Comparer);

        public FileIndex(string root, ImmutableArray<string> rootFiles, NoticeLog notices)
        {
            this.root = root;
            this.rootFiles = rootFiles;
            this.notices = notices;
        }

        public ImmutableArray<string> FilesUnder(string directory)
        {
            if (ScanPaths.IsUnder(directory, root))
            {
                return rootFiles.Where(f => ScanPaths.IsUnder(f, directory)).ToImmutableArray();
            }

            return System.IO.Directory.Exists(directory)
                ? outside.GetOrAdd(directory, d => FileTreeWalker.Files(d, notices))
                : [];
        }
    }
}
