using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Reporting
{
    /// <summary>The catalog metadata of a rule, read off its descriptor as plain strings for the reports.</summary>
    internal static class RuleInfo
    {
        // RuleFactory.Create writes the description as what the rule detects, then this marker, then the MCI rationale.
        private const string MciMarker = " MCI: ";

        public static string Title(DiagnosticDescriptor rule) => rule.Title.ToString(CultureInfo.InvariantCulture);

        /// <summary>What the rule detects followed by its MCI rationale (see <see cref="RuleFactory.Create"/>).</summary>
        public static string Description(DiagnosticDescriptor rule) => rule.Description.ToString(CultureInfo.InvariantCulture);

        /// <summary>What the rule detects: the description before its MCI rationale (all of it when it has none).</summary>
        public static string WhatItDetects(DiagnosticDescriptor rule) => SplitDescription(rule).What;

        /// <summary>The rule's MCI rationale, or null when its description has none.</summary>
        public static string? MciRationale(DiagnosticDescriptor rule) => SplitDescription(rule).Rationale;

        /// <summary>The rule family: the descriptor's category.</summary>
        public static string Family(DiagnosticDescriptor rule) => rule.Category;

        public static string? HelpUri(DiagnosticDescriptor rule) =>
            string.IsNullOrEmpty(rule.HelpLinkUri) ? null : rule.HelpLinkUri;

        /// <summary>The MCI virtues the rule names, primary first, as their enum names (the machine-readable form).</summary>
        public static IReadOnlyList<string> Virtues(DiagnosticDescriptor rule) =>
            RuleFactory.Virtues(rule).Select(v => v.ToString()).ToList();

        /// <summary>The virtues as people write them ("Legitimacy Maintenance", "Non-Domination"), primary first.</summary>
        public static IReadOnlyList<string> VirtueDisplayNames(DiagnosticDescriptor rule) =>
            RuleFactory.Virtues(rule).Select(VirtueDisplayName).ToList();

        public static string VirtueDisplayName(MciVirtue virtue) => virtue switch
        {
            MciVirtue.SelfLimitation => "Self-Limitation",
            MciVirtue.FragilityAwareness => "Fragility-Awareness",
            MciVirtue.DiversityPreservation => "Diversity Preservation",
            MciVirtue.NonDomination => "Non-Domination",
            MciVirtue.LegitimacyMaintenance => "Legitimacy Maintenance",
            _ => virtue.ToString(),
        };

        private static (string What, string? Rationale) SplitDescription(DiagnosticDescriptor rule)
        {
            var description = Description(rule);
            var marker = description.IndexOf(MciMarker, System.StringComparison.Ordinal);
            return marker < 0
                ? (description, null)
                : (description.Substring(0, marker), description.Substring(marker + MciMarker.Length));
        }
    }
}
