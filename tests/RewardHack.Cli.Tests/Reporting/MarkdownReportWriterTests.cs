using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Reporting;
using RewardHackAnalyzers.Catalog;
using Xunit;
using static RewardHack.Cli.Tests.Reporting.SampleScans;

namespace RewardHack.Cli.Tests.Reporting
{
    public sealed class MarkdownReportWriterTests
    {
        private const string DocsBase = "https://github.com/rewardhackanalyzers/RewardHackAnalyzers/blob/main/docs/rules/";

        private static readonly MarkdownReportWriter Writer = new();

        [Fact]
        public void Renders_verdict_summary_tables_findings_by_file_notices_and_failures()
        {
            using var tree = MoneyTree();

            Assert.Equal(
                Lines(
                    "<!-- rewardhack-report -->",
                    "## rewardhack: 4 reward hacks found",
                    "",
                    "4 findings (1 error, 2 warnings, 1 info) in 12 files, 1 notice, 1 analyzer failure, 1.2 s",
                    "",
                    "| Family | Findings |",
                    "| --- | ---: |",
                    "| FakedSuccess | 1 |",
                    "| OversightEvasion | 1 |",
                    "| RiggedEquality | 1 |",
                    "| WeakenedTests | 1 |",
                    "",
                    "| MCI virtue | Findings |",
                    "| --- | ---: |",
                    "| Diversity Preservation | 1 |",
                    "| Fragility-Awareness | 2 |",
                    "| Legitimacy Maintenance | 4 |",
                    "| Non-Domination | 2 |",
                    "| Self-Limitation | 2 |",
                    "",
                    "### Findings",
                    "",
                    "#### Kata.csproj (1 finding)",
                    "",
                    "- **warning** [RH0503](" + DocsBase + "RH0503.md \"Reward-hack rules suppressed in the build configuration\") whole file: Kata.csproj suppresses RewardHackAnalyzers rules",
                    "",
                    "#### src/Money.cs (2 findings)",
                    "",
                    "- **warning** [RH0001](" + DocsBase + "RH0001.md \"Equals always reports equal\") line 5: 'Money.Equals' returns true on every path, yet 'Money' has 2 fields",
                    "- **error** [RH0101](" + DocsBase + "RH0101.md \"Process exit in test or library code\") line 6: 'System.Environment.Exit(0)' ends the process with exit code 0, so the checks that should follow never run",
                    "",
                    "#### tests/MoneyTests.cs (1 finding)",
                    "",
                    "- **info** [RH0404](" + DocsBase + "RH0404.md \"Test disabled\") line 14: Test 'AddsMoney' is disabled by \\[Fact(Skip)\\]: see issue #12",
                    "",
                    "### Notices",
                    "",
                    "- assets/logo.cs: skipped: binary file",
                    "",
                    "### Analyzer failures",
                    "",
                    "These analyzers failed, so their rules did not check everything: the result is incomplete.",
                    "",
                    "- **ProcessExitAnalyzer** on Kata.Tests: NullReferenceException: Object reference not set to an instance of an object."),
                Render(Writer, Full(tree.Root)));
        }

        [Fact]
        public void A_clean_result_is_a_short_comment()
        {
            using var tree = MoneyTree();

            Assert.Equal(
                Lines(
                    "<!-- rewardhack-report -->",
                    "## rewardhack: no reward hacks found",
                    "",
                    "No reward hacks found in 12 files, 0 analyzer failures, 1.2 s"),
                Render(Writer, Clean(tree.Root)));
        }

        [Fact]
        public void A_clean_result_with_a_failure_says_it_is_incomplete()
        {
            using var tree = MoneyTree();
            var result = Clean(tree.Root) with { Failures = [CrashedAnalyzer] };

            Assert.Equal(
                Lines(
                    "<!-- rewardhack-report -->",
                    "## rewardhack: no reward hacks found, but 1 analyzer failed",
                    "",
                    "No reward hacks found in 12 files, 1 analyzer failure, 1.2 s",
                    "",
                    "### Analyzer failures",
                    "",
                    "These analyzers failed, so their rules did not check everything: the result is incomplete.",
                    "",
                    "- **ProcessExitAnalyzer** on Kata.Tests: NullReferenceException: Object reference not set to an instance of an object."),
                Render(Writer, result));
        }

        [Fact]
        public void Escapes_html_markdown_and_line_breaks_from_the_scanned_tree()
        {
            var finding = new Finding(
                Rules.RH0001_EqualsAlwaysTrue,
                DiagnosticSeverity.Warning,
                "<script>alert(1)</script> a|b *bold* _em_ `code` [link](x) ~~s~~ \\ & done\r\nnext line",
                "src/<b>_x_|y.cs",
                new SourceSpan(3, 1, 3, 2));
            using var tree = MoneyTree();

            var lines = Render(Writer, With(tree.Root, finding)).Split(System.Environment.NewLine);

            Assert.Equal("#### src/&lt;b&gt;\\_x\\_\\|y.cs (1 finding)", lines[17]);
            Assert.Equal(
                "- **warning** [RH0001](" + DocsBase + "RH0001.md \"Equals always reports equal\") line 3: " +
                "&lt;script&gt;alert(1)&lt;/script&gt; a\\|b \\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~ \\\\ &amp; done next line",
                lines[19]);
        }

        [Fact]
        public void More_than_ten_findings_are_collapsed_per_file()
        {
            using var tree = MoneyTree();
            var findings = Enumerable.Range(1, MarkdownReportWriter.CollapseAbove + 1)
                .Select(i => RiggedEquals with { Path = i == 1 ? "src/\"A\" & <B>.cs" : MoneyPath, Span = new SourceSpan(i, 1, i, 2) })
                .ToImmutableArray();

            var lines = Render(Writer, Clean(tree.Root) with { Findings = findings }).Split(System.Environment.NewLine);

            Assert.Equal("### Findings", lines[15]);
            Assert.Equal("<details><summary>src/&quot;A&quot; &amp; &lt;B&gt;.cs (1 finding)</summary>", lines[17]);
            Assert.Equal("", lines[18]);
            Assert.StartsWith("- **warning** [RH0001](", lines[19], System.StringComparison.Ordinal);
            Assert.Equal("", lines[20]);
            Assert.Equal("</details>", lines[21]);
            Assert.Equal("", lines[22]);
            Assert.Equal("<details><summary>src/Money.cs (10 findings)</summary>", lines[23]);
            Assert.Equal(
                Enumerable.Range(2, 10).Select(i => ") line " + i.ToString(CultureInfo.InvariantCulture) + ": ").ToArray(),
                lines.Skip(25).Take(10).Select(l => Regex.Match(l, @"\) line \d+: ").Value).ToArray());
            Assert.Equal("</details>", lines[^2]);
        }

        [Fact]
        public void Ten_findings_stay_expanded()
        {
            using var tree = MoneyTree();
            var findings = Enumerable.Range(1, MarkdownReportWriter.CollapseAbove)
                .Select(i => RiggedEquals with { Span = new SourceSpan(i, 1, i, 2) })
                .ToImmutableArray();

            var text = Render(Writer, Clean(tree.Root) with { Findings = findings });

            Assert.DoesNotContain("<details>", text, System.StringComparison.Ordinal);
            Assert.Contains(Lines("#### src/Money.cs (10 findings)", ""), text, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_huge_scan_still_fits_in_one_github_comment_and_counts_what_it_leaves_out()
        {
            using var tree = MoneyTree();
            var message = new string('m', 300);
            var findings = Enumerable.Range(1, 2000)
                .Select(i => RiggedEquals with { Path = "src/F" + (i % 40).ToString(CultureInfo.InvariantCulture) + ".cs", Message = message, Span = new SourceSpan(i, 1, i, 2) })
                .ToImmutableArray();
            var notices = Enumerable.Range(1, MarkdownReportWriter.MaxListedItems + 5)
                .Select(i => new ScanNotice("bin/" + i.ToString("D2", CultureInfo.InvariantCulture) + ".cs", "skipped: binary file"))
                .ToImmutableArray();

            var text = Render(Writer, Clean(tree.Root) with { Findings = findings, Notices = notices });
            var lines = text.Split(System.Environment.NewLine);

            Assert.True(text.Length < 65_536, "comment length " + text.Length.ToString(CultureInfo.InvariantCulture));
            var shown = lines.Count(l => l.StartsWith("- **warning** [RH0001]", System.StringComparison.Ordinal));
            Assert.InRange(shown, 100, 1999);
            Assert.Contains((2000 - shown).ToString(CultureInfo.InvariantCulture) +
                " more findings are not shown (a comment holds at most 65,536 characters): see the JSON or SARIF report.", lines);
            Assert.Equal(MarkdownReportWriter.MaxListedItems, lines.Count(l => l.StartsWith("- bin/", System.StringComparison.Ordinal)));
            Assert.Equal("- bin/25.cs: skipped: binary file", lines[^3]);
            Assert.Equal("- … and 5 more notices", lines[^2]);
        }

        [Fact]
        public void A_very_long_message_is_cut()
        {
            using var tree = MoneyTree();
            var finding = RiggedEquals with { Message = new string('x', 999) + "\ud83d\ude00" + new string('y', 5000) };

            var lines = Render(Writer, With(tree.Root, finding)).Split(System.Environment.NewLine);

            Assert.EndsWith(" line 5: " + new string('x', 999) + "…", lines[19], System.StringComparison.Ordinal);
        }
    }
}
