using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace RewardHack.Cli.Loading
{
    /// <summary>Turns the path given to `scan` (.sln, .slnx, .csproj, folder or .cs file) into a <see cref="ScanInput"/>.</summary>
    public static class ScanInputResolver
    {
        /// <summary>The input, or null with a one-line reason when the path cannot be scanned.</summary>
        public static ScanInput? Resolve(string path, NoticeLog notices, out string? error)
        {
            error = null;
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return FromFolder(full, notices);
            }

            if (!File.Exists(full))
            {
                error = $"'{path}' does not exist.";
                return null;
            }

            var root = Path.GetDirectoryName(full)!;
            var all = FileTreeWalker.Files(root, notices);
            var extension = Path.GetExtension(full).ToLowerInvariant();
            switch (extension)
            {
                case ".sln":
                case ".slnx":
                    return new ScanInput(root, SolutionReader.Projects(full, notices), [], [full], all, full);
                case ".csproj":
                    return new ScanInput(root, [full], [], Solutions(all), all);
                case ".cs":
                    return new ScanInput(root, [], [full], [], [full]);
                default:
                    error = $"'{path}' is not a .sln, .slnx, .csproj, .cs file or folder.";
                    return null;
            }
        }

        private static ScanInput FromFolder(string root, NoticeLog notices)
        {
            var all = FileTreeWalker.Files(root, notices);
            var projects = all.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
            var projectDirectories = projects.Select(p => Path.GetDirectoryName(p)!).ToImmutableArray();
            var loose = all
                .Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                .Where(f => !projectDirectories.Any(d => ScanPaths.IsUnder(f, d)))
                .ToImmutableArray();
            return new ScanInput(root, projects, loose, Solutions(all), all);
        }

        private static ImmutableArray<string> Solutions(ImmutableArray<string> files) =>
            files.Where(f => f.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
                .ToImmutableArray();
    }
}
