using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.Tests.Documentation
{
    /// <summary>How the docs write each property of a rule, computed from the catalog and the code-fix assembly.</summary>
    internal static class CatalogColumns
    {
        /// <summary>The header of every rules table (README and docs/rules index).</summary>
        public static readonly string[] RulesTableHeader = { "Id", "Title", "Category", "Default severity", "Code fix", "MCI virtues" };

        public static string Title(DiagnosticDescriptor rule) => rule.Title.ToString(CultureInfo.InvariantCulture);

        public static string Severity(DiagnosticDescriptor rule) => rule.DefaultSeverity.ToString();

        public static string CodeFix(DiagnosticDescriptor rule) => CodeFixCatalog.HasFix(rule.Id) ? "Yes" : "No";

        public static string Virtues(DiagnosticDescriptor rule) => string.Join(", ", RuleFactory.Virtues(rule));

        /// <summary>The rows a rules table must have, one per line in catalog order, linking each id to <c>{pagePrefix}{id}.md</c>.</summary>
        public static string RulesTableRows(string pagePrefix) =>
            Lines(Rules.All.Select(r => Row($"[{r.Id}]({pagePrefix}{r.Id}.md)", Title(r), r.Category, Severity(r), CodeFix(r), Virtues(r))));

        /// <summary>The rows of a parsed table, written the same way as <see cref="RulesTableRows"/> so a mismatch shows as a text diff.</summary>
        public static string Rows(MarkdownTable table) => Lines(table.Rows.Select(r => Row(r.ToArray())));

        private static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

        private static string Lines(IEnumerable<string> rows) => string.Join("\n", rows);
    }
}
