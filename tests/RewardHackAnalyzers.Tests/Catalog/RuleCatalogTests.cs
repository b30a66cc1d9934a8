using System.Linq;
using System.Text.RegularExpressions;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.Tests.Catalog
{
    public class RuleCatalogTests
    {
        [Fact]
        public void Ids_are_unique_and_well_formed()
        {
            var ids = Rules.All.Select(d => d.Id).ToList();

            Assert.NotEmpty(ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.Matches(new Regex("^RH[0-9]{4}$"), id));
        }

        [Fact]
        public void Help_link_is_the_docs_page_of_the_id()
        {
            Assert.All(Rules.All, d => Assert.Equal(RuleFactory.DocsBaseUrl + d.Id + ".md", d.HelpLinkUri));
        }

        [Fact]
        public void Every_rule_carries_an_mci_rationale_and_names_its_virtues()
        {
            Assert.All(Rules.All, d =>
            {
                Assert.Contains(" MCI: ", d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
                Assert.NotEmpty(RuleFactory.Virtues(d));
            });
        }
    }
}
