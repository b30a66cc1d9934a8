using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// Files of a <c>dotnet new</c> template (a folder with <c>.template.config/template.json</c>): they are what a template
    /// generates for others, not the scanned repository's own build, so the checks leave them out.
    /// </summary>
    internal static class TemplateContent
    {
        public static IEnumerable<string> Without(RepositoryFiles files, IEnumerable<string> paths)
        {
            var templateRoots = files.AllFiles
                .Where(p => Path.GetFileName(p).Equals("template.json", StringComparison.OrdinalIgnoreCase)
                    && Path.GetFileName(Path.GetDirectoryName(p)) == ".template.config")
                .Select(p => Path.GetDirectoryName(Path.GetDirectoryName(p))!)
                .ToImmutableArray();
            return templateRoots.IsEmpty ? paths : paths.Where(p => !templateRoots.Any(root => ProjectSources.IsUnder(p, root)));
        }
    }
}
