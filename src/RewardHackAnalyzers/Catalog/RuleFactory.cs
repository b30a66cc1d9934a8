using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Catalog
{
    /// <summary>The only place a <see cref="DiagnosticDescriptor"/> is constructed, so every rule gets the same help link, tags and MCI rationale shape.</summary>
    public static class RuleFactory
    {
        public const string DocsBaseUrl = "https://github.com/rewardhackanalyzers/RewardHackAnalyzers/blob/main/docs/rules/";

        /// <summary>Prefix of the custom tag that names a violated MCI virtue, e.g. <c>MCI:LegitimacyMaintenance</c>.</summary>
        public const string MciTagPrefix = "MCI:";

        /// <summary>
        /// Custom tag of a rule reported by the package's MSBuild targets rather than by an analyzer (RH0503): it has no
        /// C# examples or seeds; the package's end-to-end tests cover it instead.
        /// </summary>
        public const string ReportedByBuildTag = "ReportedByBuild";

        /// <summary>
        /// Custom tag of a rule reported by the <c>rewardhack</c> scanner's checks of build, configuration and CI files
        /// (BuildTampering) rather than by an analyzer: like <see cref="ReportedByBuildTag"/>, it has no C# examples or C# seeds;
        /// the scanner's tests cover it instead.
        /// </summary>
        public const string ReportedByScannerTag = "ReportedByScanner";

        public static string HelpLink(string id) => DocsBaseUrl + id + ".md";

        /// <summary>True for a rule the build logic reports (see <see cref="ReportedByBuildTag"/>).</summary>
        public static bool IsReportedByBuild(DiagnosticDescriptor descriptor) => descriptor.CustomTags.Contains(ReportedByBuildTag);

        /// <summary>True for a rule the scanner's repository checks report (see <see cref="ReportedByScannerTag"/>).</summary>
        public static bool IsReportedByScanner(DiagnosticDescriptor descriptor) => descriptor.CustomTags.Contains(ReportedByScannerTag);

        /// <summary>A descriptor for a rule reported by the package's MSBuild targets; otherwise as <see cref="Create"/>.</summary>
        public static DiagnosticDescriptor CreateReportedByBuild(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity defaultSeverity,
            string whatItDetects,
            string mciRationale,
            params MciVirtue[] virtues) =>
            WithTag(Create(id, title, messageFormat, category, defaultSeverity, whatItDetects, mciRationale, virtues), ReportedByBuildTag);

        /// <summary>A descriptor for a rule reported by the scanner's repository checks; otherwise as <see cref="Create"/>.</summary>
        public static DiagnosticDescriptor CreateReportedByScanner(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity defaultSeverity,
            string whatItDetects,
            string mciRationale,
            params MciVirtue[] virtues) =>
            WithTag(Create(id, title, messageFormat, category, defaultSeverity, whatItDetects, mciRationale, virtues), ReportedByScannerTag);

        /// <summary>
        /// A descriptor for a rule that also reports from a compilation-end action (tagged
        /// <see cref="WellKnownDiagnosticTags.CompilationEnd"/>, so the IDE knows those diagnostics need the whole compilation); otherwise as <see cref="Create"/>.
        /// </summary>
        public static DiagnosticDescriptor CreateReportedAtCompilationEnd(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity defaultSeverity,
            string whatItDetects,
            string mciRationale,
            params MciVirtue[] virtues) =>
            WithTag(Create(id, title, messageFormat, category, defaultSeverity, whatItDetects, mciRationale, virtues), WellKnownDiagnosticTags.CompilationEnd);

        private static DiagnosticDescriptor WithTag(DiagnosticDescriptor descriptor, string tag) =>
            new DiagnosticDescriptor(
                descriptor.Id,
                descriptor.Title,
                descriptor.MessageFormat,
                descriptor.Category,
                descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault,
                descriptor.Description,
                descriptor.HelpLinkUri,
                descriptor.CustomTags.Concat(new[] { tag }).ToArray());

        public static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity defaultSeverity,
            string whatItDetects,
            string mciRationale,
            params MciVirtue[] virtues)
        {
            if (virtues.Length == 0)
            {
                throw new ArgumentException("Every rule names at least one MCI virtue.", nameof(virtues));
            }

            IEnumerable<string> tags = virtues.Select(v => MciTagPrefix + v);
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                defaultSeverity,
                isEnabledByDefault: true,
                description: whatItDetects + " MCI: " + mciRationale,
                helpLinkUri: HelpLink(id),
                customTags: tags.ToArray());
        }

        /// <summary>The MCI virtues a descriptor names, in the order the rule lists them (primary first).</summary>
        public static IReadOnlyList<MciVirtue> Virtues(DiagnosticDescriptor descriptor) =>
            descriptor.CustomTags
                .Where(t => t.StartsWith(MciTagPrefix, StringComparison.Ordinal))
                .Select(t => (MciVirtue)Enum.Parse(typeof(MciVirtue), t.Substring(MciTagPrefix.Length)))
                .ToList();
    }
}
