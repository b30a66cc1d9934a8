using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// The SARIF run's rule table: every rule in the catalog (so code scanning shows full metadata and the rule list is the same
    /// in every run), plus any reported rule the catalog lacks, ordered by id. Each becomes a reportingDescriptor with the MCI
    /// rationale in fullDescription and help, and the family and virtues as tags.
    /// </summary>
    internal sealed class SarifRules
    {
        private readonly ImmutableArray<DiagnosticDescriptor> rules;
        private readonly Dictionary<string, int> indexById;

        public SarifRules(IEnumerable<Finding> findings)
        {
            rules = Rules.All
                .Concat(findings.Select(f => f.Rule))
                .GroupBy(r => r.Id, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .ToImmutableArray();
            indexById = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        }

        public int IndexOf(string ruleId) => indexById[ruleId];

        public JsonArray ToJson() => new(rules.Select(r => (JsonNode?)Descriptor(r)).ToArray());

        /// <summary>The tags of a rule and of its results: its family, then "MCI:&lt;Virtue&gt;" for each virtue it names.</summary>
        public static JsonArray Tags(DiagnosticDescriptor rule) =>
            new(new[] { RuleInfo.Family(rule) }
                .Concat(RuleInfo.Virtues(rule).Select(v => RuleFactory.MciTagPrefix + v))
                .Select(t => (JsonNode?)t)
                .ToArray());

        private static JsonObject Descriptor(DiagnosticDescriptor rule)
        {
            var descriptor = new JsonObject
            {
                ["id"] = rule.Id,
                ["name"] = Name(rule),
                ["shortDescription"] = new JsonObject { ["text"] = RuleInfo.Title(rule) },
                ["fullDescription"] = new JsonObject { ["text"] = RuleInfo.Description(rule) },
            };
            if (RuleInfo.HelpUri(rule) is { } helpUri)
            {
                descriptor["helpUri"] = helpUri;
            }

            descriptor["help"] = new JsonObject { ["text"] = HelpText(rule), ["markdown"] = HelpMarkdown(rule) };
            descriptor["defaultConfiguration"] = new JsonObject
            {
                ["enabled"] = rule.IsEnabledByDefault,
                ["level"] = SeverityNames.SarifLevel(rule.DefaultSeverity),
            };
            descriptor["properties"] = new JsonObject
            {
                ["category"] = RuleInfo.Family(rule),
                ["tags"] = Tags(rule),
                // Hacks default to Warning, weaker signals to Info (docs/scanner-output.md).
                ["precision"] = rule.DefaultSeverity >= DiagnosticSeverity.Warning ? "high" : "medium",
                ["problem.severity"] = rule.DefaultSeverity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "recommendation",
                },
            };
            return descriptor;
        }

        /// <summary>The title as one PascalCase identifier: "Equals always reports equal" → "EqualsAlwaysReportsEqual".</summary>
        private static string Name(DiagnosticDescriptor rule)
        {
            var name = new StringBuilder();
            var startWord = true;
            foreach (var c in RuleInfo.Title(rule))
            {
                if (!char.IsLetterOrDigit(c))
                {
                    startWord = true;
                    continue;
                }

                name.Append(startWord ? char.ToUpperInvariant(c) : c);
                startWord = false;
            }

            return name.ToString();
        }

        private static string HelpText(DiagnosticDescriptor rule)
        {
            var text = new StringBuilder(RuleInfo.Title(rule)).Append("\n\n").Append(RuleInfo.WhatItDetects(rule));
            if (RuleInfo.MciRationale(rule) is { } rationale)
            {
                text.Append("\n\nMCI (").Append(string.Join(", ", RuleInfo.VirtueDisplayNames(rule))).Append("): ").Append(rationale);
            }

            if (RuleInfo.HelpUri(rule) is { } helpUri)
            {
                text.Append("\n\nDocumentation: ").Append(helpUri);
            }

            return text.ToString();
        }

        private static string HelpMarkdown(DiagnosticDescriptor rule)
        {
            var markdown = new StringBuilder("**").Append(MarkdownText.Escape(RuleInfo.Title(rule))).Append("** (")
                .Append(MarkdownText.Escape(RuleInfo.Family(rule))).Append(")\n\n")
                .Append(MarkdownText.Escape(RuleInfo.WhatItDetects(rule)));
            if (RuleInfo.MciRationale(rule) is { } rationale)
            {
                markdown.Append("\n\n**MCI** (").Append(string.Join(", ", RuleInfo.VirtueDisplayNames(rule))).Append("): ")
                    .Append(MarkdownText.Escape(rationale));
            }

            if (RuleInfo.HelpUri(rule) is { } helpUri)
            {
                markdown.Append("\n\n[Rule documentation](").Append(helpUri).Append(')');
            }

            return markdown.ToString();
        }
    }
}
