using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>The project paths a solution lists, read as text (.sln) or XML (.slnx); null when the solution cannot be read.</summary>
    internal static class SolutionEntries
    {
        private static readonly Regex SlnProject = new(
            @"^[ \t]*Project\(""\{[^}\r\n]*\}""\)[ \t]*=[ \t]*""[^""\r\n]*""[ \t]*,[ \t]*""(?<path>[^""\r\n]+)""",
            RegexOptions.Multiline | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        /// <summary>Absolute paths of the projects <paramref name="solutionPath"/> includes, or null for an unreadable or invalid solution.</summary>
        public static IReadOnlyList<string>? TryRead(string solutionPath)
        {
            var directory = Path.GetDirectoryName(solutionPath)!;
            IEnumerable<string>? relative;
            if (TextFiles.HasExtension(solutionPath, ".slnx"))
            {
                relative = BuildXml.TryLoad(solutionPath)?.Elements("Project").Select(p => p.Attribute("Path")?.Value).OfType<string>();
            }
            else
            {
                relative = TextFiles.TryRead(solutionPath) is { } text ? SlnProject.Matches(text).Select(m => m.Groups["path"].Value) : null;
            }

            return relative?.Select(p => ProjectSources.FullPath(directory, p)).OfType<string>().ToList();
        }
    }
}
