using System;
using System.IO;

namespace RewardHack.Cli.Loading
{
    /// <summary>Path helpers shared by loading and reporting: root-relative paths with '/' separators, and case rules of the OS.</summary>
    public static class ScanPaths
    {
        public static StringComparer Comparer { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
            ? StringComparer.OrdinalIgnoreCase
            : StringComparer.Ordinal;

        public static StringComparison Comparison { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;

        /// <summary>The path relative to the root with '/' separators; "." for the root itself.</summary>
        public static string Relative(string root, string path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return path;
            }

            var relative = Path.GetRelativePath(root, path);
            return relative.Replace(Path.DirectorySeparatorChar, '/');
        }

        /// <summary>True when the path is the directory itself or lies under it.</summary>
        public static bool IsUnder(string path, string directory)
        {
            var prefix = Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar;
            return path.StartsWith(prefix, Comparison) || string.Equals(path, directory, Comparison);
        }
    }
}
