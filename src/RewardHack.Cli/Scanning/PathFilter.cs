using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// `--include` / `--exclude` globs over finding paths (relative to the scan root, e.g. `src/**`, `**/*Tests.cs`): a
    /// finding is kept when it matches an include (or there is none) and no exclude.
    /// </summary>
    public sealed class PathFilter
    {
        private readonly Matcher? includes;
        private readonly Matcher? excludes;

        public PathFilter(IReadOnlyCollection<string> include, IReadOnlyCollection<string> exclude)
        {
            includes = include.Count == 0 ? null : Build(include);
            excludes = exclude.Count == 0 ? null : Build(exclude);
        }

        public static PathFilter All { get; } = new([], []);

        public bool Includes(string relativePath) =>
            (includes is null || includes.Match(relativePath).HasMatches)
            && (excludes is null || !excludes.Match(relativePath).HasMatches);

        private static Matcher Build(IEnumerable<string> patterns)
        {
            var matcher = new Matcher(ScanPaths.Comparison);
            matcher.AddIncludePatterns(patterns.Select(p => p.Replace('\\', '/')));
            return matcher;
        }
    }
}
