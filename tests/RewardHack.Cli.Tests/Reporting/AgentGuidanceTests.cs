using System;
using System.Linq;
using System.Reflection;
using RewardHack.Cli.Reporting;
using RewardHackAnalyzers.Catalog;
using Xunit;

namespace RewardHack.Cli.Tests.Reporting
{
    /// <summary>The agent format's guidance table covers the whole catalog, and the "why" it derives is one sentence per rule.</summary>
    public sealed class AgentGuidanceTests
    {
        [Fact]
        public void Every_rule_family_has_a_line_of_what_to_do_instead()
        {
            var families = typeof(RuleCategories).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (string)f.GetRawConstantValue()!)
                .Concat(Rules.All.Select(r => r.Category))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(families, AgentGuidance.InsteadByFamily.Keys.Order(StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public void Per_rule_overrides_name_catalog_rules_and_say_something_their_family_does_not()
        {
            Assert.NotEmpty(AgentGuidance.InsteadByRule);
            foreach (var (id, instead) in AgentGuidance.InsteadByRule)
            {
                var rule = Assert.Single(Rules.All, r => r.Id == id);
                Assert.NotEqual(AgentGuidance.InsteadByFamily[rule.Category], instead);
                Assert.Equal(instead, AgentGuidance.Instead(rule));
            }
        }

        [Fact]
        public void Every_rule_gets_one_sentence_of_why_from_its_rationale()
        {
            foreach (var rule in Rules.All)
            {
                var why = AgentGuidance.Why(rule);
                var rationale = rule.Description.ToString(System.Globalization.CultureInfo.InvariantCulture).Split(" MCI: ")[1];

                Assert.StartsWith(why, rationale, StringComparison.Ordinal);
                Assert.EndsWith(".", why, StringComparison.Ordinal);
                Assert.DoesNotContain(". ", why, StringComparison.Ordinal);
                Assert.InRange(why.Length, 20, 200);
            }
        }
    }
}
