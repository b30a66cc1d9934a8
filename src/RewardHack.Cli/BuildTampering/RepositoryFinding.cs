using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>Builds the <see cref="Finding"/> of a repository check: default severity, message from the descriptor, path relative to the scan root.</summary>
    internal static class RepositoryFinding
    {
        public static Finding Create(DiagnosticDescriptor rule, RepositoryFiles files, string absolutePath, SourceSpan span, params object[] arguments) =>
            new(
                rule,
                rule.DefaultSeverity,
                string.Format(CultureInfo.InvariantCulture, rule.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments),
                RelativePath(files, absolutePath),
                span);

        /// <summary>The path of a scanned file as reports show it: relative to the scan root, '/' separators.</summary>
        public static string RelativePath(RepositoryFiles files, string absolutePath) =>
            Path.GetRelativePath(files.Root, absolutePath).Replace(Path.DirectorySeparatorChar, '/');

        /// <summary>A span on one line: <paramref name="length"/> characters from the 1-based <paramref name="column"/> (end exclusive).</summary>
        public static SourceSpan OnLine(int line, int column, int length) => new(line, column, line, column + length);
    }
}
