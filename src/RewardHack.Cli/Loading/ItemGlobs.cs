using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Matches MSBuild item specs (`a.cs;Folder/**/*.cs;../Shared/*.cs`) against files on disk, relative to the project
    /// folder, with MSBuild's globbing syntax (Microsoft.Extensions.FileSystemGlobbing).
    /// </summary>
    public static class ItemGlobs
    {
        private static readonly char[] Wildcards = ['*', '?'];

        public static IEnumerable<string> Specs(string? itemSpec) =>
            (itemSpec ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>The files one spec names. A spec still holding an unknown `$(Property)` matches nothing.</summary>
        public static IEnumerable<string> Match(string projectDirectory, string spec, FileIndex files)
        {
            if (!ProjectXml.IsExpanded(spec))
            {
                return [];
            }

            var normalized = spec.Replace('\\', '/');
            var wildcard = normalized.IndexOfAny(Wildcards);
            if (wildcard < 0)
            {
                var literal = Path.GetFullPath(Path.Combine(projectDirectory, normalized));
                return File.Exists(literal) ? [literal] : [];
            }

            // The folder part before the first wildcard is where matching starts, so "../Shared/**/*.cs" works.
            var baseEnd = normalized.LastIndexOf('/', wildcard);
            var baseDirectory = Path.GetFullPath(Path.Combine(projectDirectory, baseEnd < 0 ? "." : normalized[..baseEnd]));
            var pattern = baseEnd < 0 ? normalized : normalized[(baseEnd + 1)..];
            var matcher = new Matcher(ScanPaths.Comparison);
            matcher.AddInclude(pattern);
            return matcher.Match(baseDirectory, files.FilesUnder(baseDirectory))
                .Files.Select(f => Path.GetFullPath(Path.Combine(baseDirectory, f.Path)));
        }

        public static IEnumerable<string> MatchAll(string projectDirectory, string? itemSpec, FileIndex files) =>
            Specs(itemSpec).SelectMany(spec => Match(projectDirectory, spec, files));
    }
}
