using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// The .editorconfig files above a project folder (up to the one marked root = true) and the nearest .globalconfig, as
    /// the SDK hands them to the compiler — read as files and parsed by Roslyn, so rule options and severities apply.
    /// </summary>
    public static partial class AnalyzerConfigFiles
    {
        /// <param name="projectDirectory">The project folder the search starts from.</param>
        /// <param name="notices">Where unreadable configs are reported.</param>
        /// <param name="projectSymbols">The symbols the project defines in any build, handed to the rules as an option.</param>
        public static AnalyzerConfigSet For(string projectDirectory, NoticeLog notices, ImmutableArray<string> projectSymbols)
        {
            var configs = new List<AnalyzerConfig>();
            if (!projectSymbols.IsEmpty)
            {
                configs.Add(ProjectSymbolsConfig(projectDirectory, projectSymbols));
            }

            var foundGlobal = false;
            var editorConfigsDone = false;
            for (var directory = projectDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
            {
                var globalConfig = Path.Combine(directory, ".globalconfig");
                if (!foundGlobal && File.Exists(globalConfig) && Parse(globalConfig, notices) is { } global)
                {
                    configs.Add(global);
                    foundGlobal = true;
                }

                var editorConfig = Path.Combine(directory, ".editorconfig");
                if (!editorConfigsDone && File.Exists(editorConfig) && SourceFileReader.Read(editorConfig, notices) is { } text)
                {
                    configs.Add(AnalyzerConfig.Parse(text, editorConfig));
                    editorConfigsDone = IsRoot(text);
                }
            }

            return AnalyzerConfigSet.Create(configs.ToImmutableArray(), out _);
        }

        // Generated as the SDK generates its build properties: a global config in obj/, below the user's .globalconfig
        // (level 0 under its 100), so a project that sets the option itself keeps its own value.
        private static AnalyzerConfig ProjectSymbolsConfig(string projectDirectory, ImmutableArray<string> symbols) =>
            AnalyzerConfig.Parse(
                SourceText.From("is_global = true\n" + RewardHackAnalyzers.Testing.PreprocessedOutTests.ProjectSymbolsOption + " = " + string.Join(",", symbols) + "\n"),
                Path.Combine(projectDirectory, "obj", "rewardhack.ProjectSymbols.globalconfig"));

        // `root = true` in the preamble (before the first section) stops the search upward, as in the compiler.
        private static bool IsRoot(SourceText text) =>
            text.Lines.Select(l => l.ToString().Trim())
                .TakeWhile(l => !l.StartsWith('['))
                .Any(l => RootLine().IsMatch(l));

        [GeneratedRegex(@"^root\s*=\s*true\s*([#;].*)?$", RegexOptions.IgnoreCase)]
        private static partial Regex RootLine();

        private static AnalyzerConfig? Parse(string path, NoticeLog notices) =>
            SourceFileReader.Read(path, notices) is { } text ? AnalyzerConfig.Parse(text, path) : null;
    }
}
