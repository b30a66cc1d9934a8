using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// RH0601: tests kept out of the build — a <c>Compile Remove</c> whose glob removes files that declare tests,
    /// <c>IsTestProject</c> false on a project with tests, and a test project on disk that no scanned solution includes.
    /// </summary>
    public sealed class TestsExcludedFromBuildCheck : IRepositoryCheck
    {
        // Items that keep a removed file in the project as data: a fixture folder of sample tests, not hidden tests.
        private static readonly string[] DataItems = { "None", "Content", "EmbeddedResource", "AdditionalFiles" };

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor Rule => Rules.RH0601_TestsExcludedFromBuild;

        public IEnumerable<Finding> Check(RepositoryFiles files, CancellationToken cancellationToken)
        {
            var tests = new TestSources(cancellationToken);
            var sources = new ProjectSources(files);
            var buildFiles = RepositoryBuild.Load(files);
            var findings = new List<Finding>();
            foreach (var file in buildFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                findings.AddRange(RemovedTests(files, file, sources, tests));
                findings.AddRange(NotATestProject(files, file, sources, tests));
            }

            findings.AddRange(MissingFromSolutions(files, buildFiles, sources, tests));
            return findings;
        }

        private static IEnumerable<Finding> RemovedTests(RepositoryFiles files, BuildXml file, ProjectSources sources, TestSources tests)
        {
            var keptAsData = DataItems.SelectMany(file.Elements).Select(e => e.Attribute("Include")?.Value.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            // Files the same build file compiles again (Remove everything, then Include a list) are not removed.
            var reincluded = file.Elements("Compile").Select(c => c.Attribute("Include")?.Value).OfType<string>().SelectMany(Patterns).ToList();
            foreach (var compile in file.Elements("Compile"))
            {
                var remove = compile.Attribute("Remove")?.Value;
                if (remove is null || keptAsData.Contains(remove.Trim()) || BuildXml.IsPlatformConditioned(compile))
                {
                    continue;
                }

                var removed = Patterns(remove)
                    .SelectMany(pattern => sources.Under(file.Directory).Where(p => pattern.IsMatch(Relative(file.Directory, p))))
                    .Where(p => !reincluded.Any(pattern => pattern.IsMatch(Relative(file.Directory, p))))
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(p => p, StringComparer.Ordinal);
                var declaring = tests.DeclaringTests(removed);
                if (declaring.Count > 0)
                {
                    yield return RepositoryFinding.Create(
                        Rule, files, file.Path, file.SpanOf(compile), $"Compile Remove=\"{remove}\"", $"{TestFileList.Phrase(files, declaring)} {TestFileList.Verb(declaring)} no longer compiled");
                }
            }
        }

        /// <summary>The globs of an item's Remove list, relative to the file's folder; a pattern built from other properties or items cannot be read without evaluation and is skipped.</summary>
        private static IEnumerable<System.Text.RegularExpressions.Regex> Patterns(string value) =>
            value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.Replace('\\', '/'))
                .Select(p => StripPrefix(p, "$(MSBuildThisFileDirectory)", "$(MSBuildProjectDirectory)/"))
                .Where(p => !p.Contains("$(", StringComparison.Ordinal) && !p.Contains("@(", StringComparison.Ordinal) && !p.Contains("%(", StringComparison.Ordinal))
                .Select(p => Glob.ToRegex(p.StartsWith("./", StringComparison.Ordinal) ? p[2..] : p));

        private static string StripPrefix(string pattern, params string[] prefixes) =>
            prefixes.FirstOrDefault(p => pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix ? pattern[prefix.Length..] : pattern;

        private static string Relative(string directory, string path) => Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');

        private static IEnumerable<Finding> NotATestProject(RepositoryFiles files, BuildXml file, ProjectSources sources, TestSources tests)
        {
            if (!TextFiles.HasExtension(file.Path, ".csproj") || !ProjectSources.ReferencesTestFramework(file))
            {
                yield break;
            }

            foreach (var property in file.Elements("IsTestProject").Where(p => BuildXml.IsFalse(p.Value) && !BuildXml.IsPlatformConditioned(p)))
            {
                var declaring = tests.DeclaringTests(sources.OfProject(file.Path));
                if (declaring.Count > 0)
                {
                    yield return RepositoryFinding.Create(
                        Rule, files, file.Path, file.SpanOf(property), BuildXml.PropertyText(property),
                        $"{TestFileList.Phrase(files, declaring)} {TestFileList.Verb(declaring)} never run, because dotnet test skips a project that is not a test project");
                }
            }
        }

        /// <summary>
        /// True when the project references a project the solutions include: it tests the solution's code. Test projects that
        /// reference none (samples, test assets built by other tests) are deliberately kept out of solutions.
        /// </summary>
        private static bool ReferencesAny(BuildXml project, HashSet<string> solutionProjects) =>
            project.Elements("ProjectReference")
                .Select(r => r.Attribute("Include")?.Value)
                .OfType<string>()
                .Where(p => !p.Contains("$(", StringComparison.Ordinal))
                .Select(p => ProjectSources.FullPath(project.Directory, p))
                .Any(p => p is not null && solutionProjects.Contains(p));

        private static IEnumerable<Finding> MissingFromSolutions(RepositoryFiles files, IReadOnlyList<BuildXml> buildFiles, ProjectSources sources, TestSources tests)
        {
            var solutions = files.SolutionFiles.OrderBy(p => p, StringComparer.Ordinal).ToList();
            var entries = solutions.Select(SolutionEntries.TryRead).ToList();
            // An unreadable solution could list any project: say nothing rather than guess.
            if (solutions.Count == 0 || entries.Any(e => e is null))
            {
                yield break;
            }

            var included = entries.SelectMany(e => e!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var project in buildFiles.Where(f => TextFiles.HasExtension(f.Path, ".csproj") && !included.Contains(f.Path)))
            {
                if (ProjectSources.ReferencesTestFramework(project)
                    && ReferencesAny(project, included)
                    && !project.Elements("IsTestProject").Any(p => BuildXml.IsFalse(p.Value))
                    && tests.DeclaringTests(sources.OfProject(project.Path)).Count > 0)
                {
                    yield return RepositoryFinding.Create(
                        Rule, files, solutions[0], SourceSpan.None, RepositoryFinding.RelativePath(files, solutions[0]),
                        $"'{RepositoryFinding.RelativePath(files, project.Path)}' declares tests and no scanned solution includes it");
                }
            }
        }
    }
}
