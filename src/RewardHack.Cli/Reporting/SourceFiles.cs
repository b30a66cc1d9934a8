using System;
using System.Collections.Generic;
using System.IO;
using System.Security;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// Reads the scanned files' lines for snippets and fingerprints, each file at most once per report. A file that cannot be
    /// read (gone, locked, too large, not a file) has no lines: the report leaves its snippet out and goes on.
    /// </summary>
    internal sealed class SourceFiles
    {
        // Beyond this a snippet is not worth holding the whole file in memory; the scan reports such files as skipped anyway.
        private const long MaxBytes = 8 * 1024 * 1024;

        // The line breaks Roslyn counts, so line numbers here match the analyzers' (SourceText's) line numbers.
        private static readonly string[] LineBreaks = { "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029" };

        private readonly string root;
        private readonly Dictionary<string, string[]?> lines = new(StringComparer.Ordinal);

        public SourceFiles(string root) => this.root = root;

        /// <summary>The text of 1-based <paramref name="line"/> of the file at <paramref name="path"/> (relative, '/'), or null.</summary>
        public string? Line(string path, int line)
        {
            if (!lines.TryGetValue(path, out var fileLines))
            {
                fileLines = Read(path);
                lines[path] = fileLines;
            }

            return fileLines is not null && line >= 1 && line <= fileLines.Length ? fileLines[line - 1] : null;
        }

        private string[]? Read(string path)
        {
            try
            {
                var fullPath = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
                var file = new FileInfo(fullPath);
                if (!file.Exists || file.Length > MaxBytes)
                {
                    return null;
                }

                return File.ReadAllText(fullPath).Split(LineBreaks, StringSplitOptions.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or SecurityException)
            {
                return null;
            }
        }
    }
}
