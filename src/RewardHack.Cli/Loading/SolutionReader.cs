using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace RewardHack.Cli.Loading
{
    /// <summary>The C# projects a .sln or .slnx lists, read as text/XML (never loaded by MSBuild).</summary>
    public static partial class SolutionReader
    {
        public static ImmutableArray<string> Projects(string solutionPath, NoticeLog notices)
        {
            var directory = Path.GetDirectoryName(solutionPath)!;
            try
            {
                var paths = solutionPath.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
                    ? XmlSolutionProjects(solutionPath)
                    : SlnProject().Matches(File.ReadAllText(solutionPath)).Select(m => m.Groups["path"].Value);
                return paths
                    .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                    .Select(p => Path.GetFullPath(Path.Combine(directory, p.Replace('\\', Path.DirectorySeparatorChar))))
                    .Distinct(ScanPaths.Comparer)
                    .ToImmutableArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
            {
                notices.Add(solutionPath, "solution skipped: " + e.Message);
                return ImmutableArray<string>.Empty;
            }
        }

        private static System.Collections.Generic.IEnumerable<string> XmlSolutionProjects(string path) =>
            XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "Project")
                .Select(e => (string?)e.Attribute("Path")).OfType<string>();

        [GeneratedRegex("""^Project\("\{[^}]*\}"\)\s*=\s*"[^"]*"\s*,\s*"(?<path>[^"]+)"\s*,""", RegexOptions.Multiline)]
        private static partial Regex SlnProject();
    }
}
