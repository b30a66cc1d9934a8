using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Xml.Linq;
using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Oversight;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// RH0602: analyzers, RH rules or (in test projects) test-integrity checks switched off in a project, props or targets file — the scanner's view, on a tree it
    /// does not build, of what the package's targets report as RH0503 during a build.
    /// </summary>
    public sealed class AnalyzersSwitchedOffInBuildCheck : IRepositoryCheck
    {
        private const string PackageId = "RewardHackAnalyzers";
        private const string EveryAnalyzer = "every analyzer in the build, RewardHackAnalyzers included";
        private const string EveryRule = "every RewardHackAnalyzers rule";

        private static readonly string[] RunAnalyzersProperties = { "RunAnalyzers", "RunAnalyzersDuringBuild" };
        private static readonly string[] ReferenceAttributes = { "Include", "Update", "Remove" };
        private static readonly char[] ListSeparators = { ';', ',', ' ', '\t', '\r', '\n' };

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor Rule => Rules.RH0602_AnalyzersSwitchedOffInBuild;

        public IEnumerable<Finding> Check(RepositoryFiles files, CancellationToken cancellationToken)
        {
            foreach (var file in RepositoryBuild.Load(files))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var (element, evidence, what) in Evidence(file).OrderBy(e => ((System.Xml.IXmlLineInfo)e.Element).LineNumber))
                {
                    yield return RepositoryFinding.Create(Rule, files, file.Path, file.SpanOf(element), evidence, what);
                }
            }
        }

        private static IEnumerable<(XElement Element, string Evidence, string What)> Evidence(BuildXml file)
        {
            foreach (var property in RunAnalyzersProperties.SelectMany(file.Elements).Where(p => BuildXml.IsFalse(p.Value) && !BuildXml.IsPlatformConditioned(p)))
            {
                yield return (property, BuildXml.PropertyText(property), EveryAnalyzer);
            }

            var isTestProject = TextFiles.HasExtension(file.Path, ".csproj") && ProjectSources.ReferencesTestFramework(file);
            foreach (var property in file.Elements("NoWarn"))
            {
                if (SuppressedIds(property.Value, isTestProject) is { } ids)
                {
                    yield return (property, "NoWarn", ids);
                }
            }

            foreach (var property in file.Elements("WarningsNotAsErrors"))
            {
                if (SuppressedIds(property.Value, isTestProject) is { } ids)
                {
                    yield return (property, "WarningsNotAsErrors", "the error level of " + ids);
                }
            }

            foreach (var reference in file.Elements("PackageReference").Where(IsOurPackage))
            {
                if (reference.Attribute("Remove") is { } remove)
                {
                    yield return (reference, $"PackageReference Remove=\"{remove.Value}\"", EveryRule);
                    continue;
                }

                var excluded = BuildXml.Metadata(reference, "ExcludeAssets");
                if (excluded is not null && ListsAnalyzers(excluded))
                {
                    yield return (reference, $"ExcludeAssets=\"{excluded}\"", EveryRule);
                }

                var included = BuildXml.Metadata(reference, "IncludeAssets");
                if (included is not null && !ListsAnalyzers(included))
                {
                    yield return (reference, $"IncludeAssets=\"{included}\"", EveryRule);
                }
            }

            foreach (var analyzer in file.Elements("Analyzer"))
            {
                var remove = analyzer.Attribute("Remove")?.Value;
                if (remove is not null && (remove.Trim() == "@(Analyzer)" || remove.Contains(PackageId, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return (analyzer, $"Analyzer Remove=\"{remove}\"", remove.Trim() == "@(Analyzer)" ? EveryAnalyzer : EveryRule);
                }
            }
        }

        private static bool IsOurPackage(XElement reference) =>
            ReferenceAttributes.Any(a => string.Equals(reference.Attribute(a)?.Value.Trim(), PackageId, StringComparison.OrdinalIgnoreCase));

        /// <summary>True for an asset list that names analyzers ("analyzers", "all"); ExcludeAssets="all" drops them too.</summary>
        private static bool ListsAnalyzers(string assets) =>
            assets.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Any(a => a.Equals("analyzers", StringComparison.OrdinalIgnoreCase) || a.Equals("all", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// The ids a NoWarn-style list names that matter, joined for the message, or null when it names none: RH rules anywhere,
        /// and in a test project the test-integrity checks of the compiler and test-framework analyzers that RH0501 also guards.
        /// </summary>
        private static string? SuppressedIds(string list, bool isTestProject)
        {
            var ids = list.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Select(id => IsRuleId(id) ? id.ToUpperInvariant()
                    : isTestProject && SuppressedDiagnosticIds.IsTestIntegrityCheck(id) ? "test-integrity check " + id
                    : null)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return ids.Count == 0 ? null : string.Join(", ", ids);
        }

        private static bool IsRuleId(string token) =>
            token.Length == 6 && token.StartsWith("RH", StringComparison.OrdinalIgnoreCase) && token.Skip(2).All(char.IsAsciiDigit);
    }
}
