using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RewardHackAnalyzers.Tests.EndToEnd
{
    /// <summary>Reads diagnostics out of MSBuild console output.</summary>
    internal static partial class BuildOutput
    {
        /// <summary>
        /// Every distinct diagnostic in <paramref name="output"/> (MSBuild repeats each one in its summary), in a stable order.
        /// </summary>
        public static IReadOnlyList<BuildDiagnostic> Diagnostics(string output, string baseDirectory)
        {
            var located = LocatedDiagnostic().Matches(output).Select(m => new BuildDiagnostic(
                m.Groups["id"].Value,
                m.Groups["severity"].Value,
                Relative(baseDirectory, m.Groups["file"].Value),
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture)));
            var unlocated = UnlocatedDiagnostic().Matches(output).Select(m => new BuildDiagnostic(
                m.Groups["id"].Value,
                m.Groups["severity"].Value,
                Relative(baseDirectory, m.Groups["origin"].Value),
                0));

            return located.Concat(unlocated)
                .Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// <see cref="Diagnostics"/> without restore's (NU*), which depend on what the machine's package source
        /// serves (e.g. NU1603), not on the code being built.
        /// </summary>
        public static IReadOnlyList<BuildDiagnostic> CompilationDiagnostics(string output, string baseDirectory) =>
            Diagnostics(output, baseDirectory).Where(d => !d.Id.StartsWith("NU", StringComparison.Ordinal)).ToList();

        private static string Relative(string baseDirectory, string path) =>
            Path.IsPathRooted(path) ? Path.GetRelativePath(baseDirectory, path).Replace('\\', '/') : path;

        // "/src/File.cs(12,30): warning RH0001: message [/src/Project.csproj]"; the position may also be (l,c,endL,endC).
        // In a multi-node build at normal verbosity each line starts with the node's number, "2>".
        [GeneratedRegex(@"^\s*(?:\d+>)?(?<file>[^\s].*?)\((?<line>\d+),\d+(?:,\d+,\d+)?\): (?<severity>warning|error) (?<id>[A-Za-z]+[0-9]+): ", RegexOptions.Multiline)]
        private static partial Regex LocatedDiagnostic();

        // "CSC : warning AD0001: message" or "/src/Project.csproj : warning NU1603: message".
        [GeneratedRegex(@"^\s*(?:\d+>)?(?<origin>[^\s(][^(\n]*?) : (?<severity>warning|error) (?<id>[A-Za-z]+[0-9]+): ", RegexOptions.Multiline)]
        private static partial Regex UnlocatedDiagnostic();
    }
}
