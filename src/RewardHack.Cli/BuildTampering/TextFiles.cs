using System;
using System.IO;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>Reads a scanned file's text, or nothing: an unreadable or oversized file is skipped (the scanner core reports such input).</summary>
    internal static class TextFiles
    {
        // Build, CI and config files are small; anything bigger is not one a person writes by hand.
        private const long MaxBytes = 4 * 1024 * 1024;

        public static string? TryRead(string path)
        {
            try
            {
                var info = new FileInfo(path);
                return info.Exists && info.Length <= MaxBytes ? File.ReadAllText(path) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>The file's lines (any line ending), so findings can point at 1-based line numbers.</summary>
        public static string[] Lines(string text) => Array.ConvertAll(text.Split('\n'), l => l.TrimEnd('\r'));

        public static bool HasExtension(string path, params string[] extensions) =>
            Array.Exists(extensions, e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
