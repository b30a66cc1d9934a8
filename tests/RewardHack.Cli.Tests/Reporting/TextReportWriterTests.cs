using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Reporting;
using RewardHackAnalyzers.Catalog;
using Xunit;
using static RewardHack.Cli.Tests.Reporting.SampleScans;

namespace RewardHack.Cli.Tests.Reporting
{
    public sealed class TextReportWriterTests
    {
        private const string DocsBase = "https://github.com/rewardhackanalyzers/RewardHackAnalyzers/blob/main/docs/rules/";

        private static readonly TextReportWriter Plain = new(ColourMode.Never);

        [Fact]
        public void Groups_findings_by_file_with_rule_metadata_snippets_notices_failures_and_the_summary_line()
        {
            using var tree = MoneyTree();

            var text = Render(Plain, Full(tree.Root));

            Assert.Equal(
                Lines(
                    "Kata.csproj (1 finding)",
                    "  Kata.csproj: warning RH0503: Kata.csproj suppresses RewardHackAnalyzers rules",
                    "    Reward-hack rules suppressed in the build configuration (OversightEvasion)",
                    "    MCI: Legitimacy Maintenance, Non-Domination",
                    "    Help: " + DocsBase + "RH0503.md",
                    "",
                    "src/Money.cs (2 findings)",
                    "  src/Money.cs(5,30): warning RH0001: 'Money.Equals' returns true on every path, yet 'Money' has 2 fields",
                    "    Equals always reports equal (RiggedEquality)",
                    "    MCI: Legitimacy Maintenance, Non-Domination, Self-Limitation",
                    "    Help: " + DocsBase + "RH0001.md",
                    "    5 |         public override bool Equals(object? obj) => true;",
                    "      | " + new string(' ', 29) + "^^^^^^",
                    "",
                    "  src/Money.cs(6,32): error RH0101: 'System.Environment.Exit(0)' ends the process with exit code 0, so the checks that should follow never run",
                    "    Process exit in test or library code (FakedSuccess)",
                    "    MCI: Legitimacy Maintenance, Fragility-Awareness, Self-Limitation",
                    "    Help: " + DocsBase + "RH0101.md",
                    "    6 |         public static void Quit() => System.Environment.Exit(0);",
                    "      | " + new string(' ', 37) + new string('^', 26),
                    "",
                    "tests/MoneyTests.cs (1 finding)",
                    "  tests/MoneyTests.cs(14,10): info RH0404: Test 'AddsMoney' is disabled by [Fact(Skip)]: see issue #12",
                    "    Test disabled (WeakenedTests)",
                    "    MCI: Diversity Preservation, Legitimacy Maintenance, Fragility-Awareness",
                    "    Help: " + DocsBase + "RH0404.md",
                    "",
                    "Notices (1)",
                    "  assets/logo.cs: skipped: binary file",
                    "",
                    "Analyzer failures (1)",
                    "  ProcessExitAnalyzer in Kata.Tests: NullReferenceException: Object reference not set to an instance of an object.",
                    "",
                    "4 findings (1 error, 2 warnings, 1 info) in 12 files, 1 notice, 1 analyzer failure, 1.2 s"),
                text);
        }

        [Fact]
        public void A_clean_result_is_the_summary_line_alone()
        {
            using var tree = MoneyTree();

            Assert.Equal(Lines("No reward hacks found in 12 files, 0 analyzer failures, 1.2 s"), Render(Plain, Clean(tree.Root)));
        }

        [Fact]
        public void A_clean_result_with_notices_lists_them_before_the_summary()
        {
            using var tree = MoneyTree();
            var result = Clean(tree.Root) with { Notices = [BinaryFile], FilesScanned = 1, Elapsed = System.TimeSpan.Zero };

            Assert.Equal(
                Lines(
                    "Notices (1)",
                    "  assets/logo.cs: skipped: binary file",
                    "",
                    "No reward hacks found in 1 file, 1 notice, 0 analyzer failures, 0.0 s"),
                Render(Plain, result));
        }

        [Fact]
        public void Counts_are_singular_for_one()
        {
            using var tree = MoneyTree();
            var result = With(tree.Root, RiggedEquals) with { FilesScanned = 1 };

            var lines = Render(Plain, result).Split(System.Environment.NewLine);

            Assert.Equal("src/Money.cs (1 finding)", lines[0]);
            Assert.Equal("1 finding (1 warning) in 1 file, 0 analyzer failures, 1.2 s", lines[^2]);
        }

        [Theory]
        [InlineData(5, 30, 7, 2, 29, 28)] // several lines: marked to the end of the first
        [InlineData(5, 30, 5, 30, 29, 1)] // empty span: one caret
        [InlineData(5, 58, 5, 58, 57, 1)] // at the end of the line: one caret after the code
        [InlineData(5, 50, 5, 90, 49, 8)] // end past the line: clamped to the code
        public void Marks_the_span_on_its_first_line(int line, int column, int endLine, int endColumn, int indent, int carets)
        {
            using var tree = MoneyTree();
            var finding = RiggedEquals with { Span = new SourceSpan(line, column, endLine, endColumn) };

            var lines = Render(Plain, With(tree.Root, finding)).Split(System.Environment.NewLine);

            Assert.Equal("    5 |         public override bool Equals(object? obj) => true;", lines[5]);
            Assert.Equal("      | " + new string(' ', indent) + new string('^', carets), lines[6]);
        }

        [Theory]
        [InlineData(10)] // past the end of the file (line 9 is the empty line after the last line break)
        [InlineData(0)] // whole file
        public void Leaves_out_the_snippet_when_there_is_no_such_line(int line)
        {
            using var tree = MoneyTree();
            var finding = RiggedEquals with { Span = line == 0 ? SourceSpan.None : new SourceSpan(line, 1, line, 2) };

            var lines = Render(Plain, With(tree.Root, finding)).Split(System.Environment.NewLine);

            Assert.Equal("    Help: " + DocsBase + "RH0001.md", lines[4]);
            Assert.Equal("", lines[5]);
        }

        [Fact]
        public void An_empty_line_has_no_trailing_space()
        {
            using var tree = MoneyTree();
            var finding = RiggedEquals with { Span = new SourceSpan(9, 1, 9, 1) };

            var lines = Render(Plain, With(tree.Root, finding)).Split(System.Environment.NewLine);

            Assert.Equal("    9 |", lines[5]);
            Assert.Equal("      | ^", lines[6]);
        }

        [Fact]
        public void Leaves_out_the_snippet_when_the_root_is_not_readable()
        {
            var result = With(Path.Combine(Path.GetTempPath(), "rewardhack-no-such-root-" + System.Guid.NewGuid().ToString("N")), RiggedEquals);

            var lines = Render(Plain, result).Split(System.Environment.NewLine);

            Assert.Equal(8, lines.Length);
            Assert.Equal("", lines[5]);
        }

        [Fact]
        public void Neutralises_escape_sequences_line_breaks_and_bidi_overrides_from_the_scanned_tree()
        {
            using var tree = MoneyTree().Write("src/Evil.cs", "var s = \"\u001b[2J\u202Eabc\";\n");
            var finding = new Finding(
                Rules.RH0001_EqualsAlwaysTrue,
                DiagnosticSeverity.Warning,
                "'Evil\u001b[31m' line one\r\nline two\u0007",
                "src/Evil.cs",
                new SourceSpan(1, 9, 1, 19));

            var lines = Render(Plain, With(tree.Root, finding)).Split(System.Environment.NewLine);

            Assert.Equal("  src/Evil.cs(1,9): warning RH0001: 'Evil\uFFFD[31m' line one line two\uFFFD", lines[1]);
            Assert.Equal("    1 | var s = \"\uFFFD[2J\uFFFDabc\";", lines[5]);
            Assert.Equal("      |         ^^^^^^^^^^", lines[6]);
        }

        [Fact]
        public void Colour_is_ansi_around_the_same_text()
        {
            using var tree = MoneyTree();
            var result = Full(tree.Root);

            var coloured = Render(new TextReportWriter(ColourMode.Always), result);

            Assert.Contains("\u001b[", coloured, System.StringComparison.Ordinal);
            Assert.Equal(Render(Plain, result), Regex.Replace(coloured, "\u001b\\[[0-9;]*m", ""));
        }

        [Fact]
        public void Auto_colour_stays_plain_when_not_writing_to_the_console()
        {
            using var tree = MoneyTree();
            var result = Full(tree.Root);
            using var output = new StringWriter();

            Assert.False(TextReportWriter.ShouldColour(output));
            Assert.Equal(Render(Plain, result), Render(new TextReportWriter(), result));
        }
    }
}
