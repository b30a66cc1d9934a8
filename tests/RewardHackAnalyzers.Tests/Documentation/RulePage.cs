using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Documentation
{
    /// <summary>The docs page of one rule, <c>docs/rules/&lt;id&gt;.md</c>, and the parts of its fixed skeleton.</summary>
    internal sealed class RulePage
    {
        public const string Folder = "docs/rules";
        public const string Examples = "Examples";
        public const string Flagged = "Flagged";
        public const string NotFlagged = "Not flagged";

        /// <summary>The level-2 sections every page has, in this order.</summary>
        public static readonly string[] Sections =
            { "Cause", "Why it matters (MCI)", "How to fix", Examples, "Configuration", "Suppression" };

        private RulePage(string id, MarkdownDocument document)
        {
            Id = id;
            Document = document;
        }

        public string Id { get; }

        public MarkdownDocument Document { get; }

        public static string PathOf(string id) => Path.Combine(RepoPaths.Root, $"{Folder}/{id}.md");

        public static RulePage Load(string id) => new(id, MarkdownDocument.Load(PathOf(id)));

        public static RulePage Load(DiagnosticDescriptor rule) => Load(rule.Id);

        /// <summary>The ids of the rule pages on disk: every <c>RH*.md</c> in the folder.</summary>
        public static IReadOnlyList<string> IdsOnDisk() =>
            Directory.GetFiles(Path.Combine(RepoPaths.Root, Folder), "RH*.md")
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .OrderBy(id => id, System.StringComparer.Ordinal)
                .ToList();

        /// <summary>The ids of catalog rules whose page exists, so example tests can be enumerated before the page test fails.</summary>
        public static IEnumerable<DiagnosticDescriptor> DocumentedRules() => Rules.All.Where(r => File.Exists(PathOf(r.Id)));

        public string Title => Document.Lines[0];

        public IReadOnlyList<string> SectionTitles => Document.HeadingsUnder(null).Select(h => h.Text).ToList();

        public MarkdownHeading Section(string title) => Document.HeadingsUnder(null).Single(h => h.Text == title);

        public IReadOnlyList<string> ExampleKinds => Document.HeadingsUnder(Section(Examples)).Select(h => h.Text).ToList();

        /// <summary>The C# code blocks under <c>## Examples</c> / <c>### {kind}</c>.</summary>
        public IReadOnlyList<MarkdownCodeBlock> ExampleBlocks(string kind) =>
            Document.CodeBlocksUnder(Document.HeadingsUnder(Section(Examples)).Single(h => h.Text == kind))
                .Where(b => b.Language == "csharp")
                .ToList();

        /// <summary>
        /// The test-contract file (a <c>text</c> block) the C# examples under <c>### {kind}</c> are analysed with (RH0706's
        /// examples need one); null when there is none.
        /// </summary>
        public string? ContractBlock(string kind) =>
            Document.CodeBlocksUnder(Document.HeadingsUnder(Section(Examples)).Single(h => h.Text == kind))
                .SingleOrDefault(b => b.Language == "text")?.Code;

        /// <summary>The MSBuild, config, CI and script blocks (<c>xml</c>, <c>ini</c>, <c>yaml</c>, <c>sh</c>, <c>powershell</c>) under <c>## Examples</c> / <c>### {kind}</c>.</summary>
        public IReadOnlyList<MarkdownCodeBlock> ConfigurationExampleBlocks(string kind) =>
            Document.CodeBlocksUnder(Document.HeadingsUnder(Section(Examples)).Single(h => h.Text == kind))
                .Where(b => b.Language is "xml" or "ini" or "yaml" or "sh" or "powershell")
                .ToList();

        /// <summary>The rows of the page's <c>| Property | Value |</c> table.</summary>
        public IReadOnlyList<(string Property, string Value)> Properties =>
            Document.Table("Property", "Value").Rows.Select(r => (r[0], r[1])).ToList();
    }
}
