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
        public static string Title(DiagnosticDescriptor rule) => rule.Title.ToString(CultureInfo.InvariantCulture);

        /// <summary>What the rule detects followed by its MCI rationale (see <see cref="RuleFactory.Create"/>).</summary>
        public static string Description(DiagnosticDescriptor rule) => rule.Description.ToString(CultureInfo.InvariantCulture);

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
    }
}
