using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Oversight;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// RH0603: an .editorconfig or .globalconfig that sets RH rules, a RewardHackAnalyzers category or all analyzer
    /// diagnostics to none or silent, or marks files that declare tests as generated code. Lowering to suggestion is
    /// not reported (the rule pages recommend it over silencing), nor are raised severities.
    /// </summary>
    public sealed class RulesSwitchedOffInAnalyzerConfigCheck : IRepositoryCheck
    {
        private static readonly Regex RuleSeverity = new(@"^dotnet_diagnostic\.(?<id>RH[0-9]{4})\.severity$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly Regex AnyRuleSeverity = new(@"^dotnet_diagnostic\.(?<id>[A-Za-z]+[0-9]+)\.severity$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly Regex CategorySeverity = new(@"^dotnet_analyzer_diagnostic\.category-(?<category>[^.]+)\.severity$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly ImmutableHashSet<string> OurCategories = Rules.All.Select(r => r.Category).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor Rule => Rules.RH0603_RulesSwitchedOffInAnalyzerConfig;

        public IEnumerable<Finding> Check(RepositoryFiles files, CancellationToken cancellationToken)
        {
            var tests = new TestSources(cancellationToken);
            var sources = new ProjectSources(files);
            foreach (var path in TemplateContent.Without(files, files.AllFiles).Where(IsAnalyzerConfig).OrderBy(p => p, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = TextFiles.TryRead(path);
                if (text is null)
                {
                    continue;
                }

                var isEditorConfig = Path.GetFileName(path).Equals(".editorconfig", StringComparison.OrdinalIgnoreCase);
                foreach (var entry in EditorConfigFile.Entries(TextFiles.Lines(text)))
                {
                    // In an .editorconfig, settings before the first section apply to no file.
                    var what = isEditorConfig && entry.Section is null ? null : SwitchedOff(entry);
                    if (what is null && isEditorConfig && entry.Section is not null && IsGeneratedCode(entry))
                    {
                        what = TestFilesOf(files, path, entry.Section, sources, tests) is { } marked
                            ? $"analyzer checks of {marked} (most analyzers skip generated code)"
                            : null;
                    }

                    if (what is null && isEditorConfig && entry.Section is not null && TestIntegrityCheck(entry) is { } id)
                    {
                        what = TestFilesOf(files, path, entry.Section, sources, tests) is { } covered ? $"test-integrity check {id} for {covered}" : null;
                    }

                    if (what is not null)
                    {
                        yield return RepositoryFinding.Create(Rule, files, path, RepositoryFinding.OnLine(entry.Line, entry.Column, entry.Text.Length), entry.Text, what);
                    }
                }
            }
        }

        private static bool IsAnalyzerConfig(string path)
        {
            var name = Path.GetFileName(path);
            return name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase);
        }

        private static bool SwitchesOff(string severity) =>
            severity.Equals("none", StringComparison.OrdinalIgnoreCase) || severity.Equals("silent", StringComparison.OrdinalIgnoreCase);

        private static bool IsGeneratedCode(EditorConfigEntry entry) =>
            entry.Key.Equals("generated_code", StringComparison.OrdinalIgnoreCase) && entry.Value.Equals("true", StringComparison.OrdinalIgnoreCase);

        /// <summary>What a severity entry switches off, or null when it switches off none of ours.</summary>
        private static string? SwitchedOff(EditorConfigEntry entry)
        {
            if (!SwitchesOff(entry.Value))
            {
                return null;
            }

            var rule = RuleSeverity.Match(entry.Key);
            if (rule.Success)
            {
                return rule.Groups["id"].Value.ToUpperInvariant();
            }

            var category = CategorySeverity.Match(entry.Key);
            if (category.Success && OurCategories.Contains(category.Groups["category"].Value))
            {
                return $"every rule of category {category.Groups["category"].Value}";
            }

            return entry.Key.Equals("dotnet_analyzer_diagnostic.severity", StringComparison.OrdinalIgnoreCase)
                ? "every analyzer diagnostic, RewardHackAnalyzers rules included"
                : null;
        }

        /// <summary>
        /// The id of a test-integrity check of the compiler or a test-framework analyzer (the ids RH0501 guards in code) that the
        /// entry sets to none or silent, or null. It is reported only where the section covers files that declare tests.
        /// </summary>
        private static string? TestIntegrityCheck(EditorConfigEntry entry)
        {
            var severity = AnyRuleSeverity.Match(entry.Key);
            return severity.Success && SwitchesOff(entry.Value) && SuppressedDiagnosticIds.IsTestIntegrityCheck(severity.Groups["id"].Value)
                ? severity.Groups["id"].Value
                : null;
        }

        /// <summary>The files declaring tests that an .editorconfig section covers, described for the message; null when there are none.</summary>
        private static string? TestFilesOf(RepositoryFiles files, string configPath, string section, ProjectSources sources, TestSources tests)
        {
            var directory = Path.GetDirectoryName(configPath)!;
            // A section without '/' matches a file name at any depth; with one, a path from the config's folder.
            var glob = Glob.ToRegex(section.Contains('/', StringComparison.Ordinal) ? section.TrimStart('/') : "**/" + section);
            var declaring = tests.DeclaringTests(sources.Under(directory).Where(p => glob.IsMatch(Path.GetRelativePath(directory, p).Replace(Path.DirectorySeparatorChar, '/'))));
            if (declaring.Count == 0)
            {
                return null;
            }

            return TestFileList.Phrase(files, declaring);
        }
    }
}
