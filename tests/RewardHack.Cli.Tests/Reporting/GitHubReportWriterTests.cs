using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Reporting;
using RewardHackAnalyzers.Catalog;
using Xunit;
using static RewardHack.Cli.Tests.Reporting.SampleScans;

namespace RewardHack.Cli.Tests.Reporting
{
    public sealed class GitHubReportWriterTests
    {
        private const string DocsBase = "https://github.com/rewardhackanalyzers/RewardHackAnalyzers/blob/main/docs/rules/";

        private static readonly GitHubReportWriter Writer = new();

        [Fact]
        public void One_annotation_per_finding_notice_and_failure_then_the_summary_line()
        {
            using var tree = MoneyTree();

            Assert.Equal(
                Lines(
                    "::warning file=Kata.csproj,title=RH0503 Reward-hack rules suppressed in the build configuration::" +
                        "Kata.csproj suppresses RewardHackAnalyzers rules%0AMCI: Legitimacy Maintenance, Non-Domination%0AHelp: " + DocsBase + "RH0503.md",
                    "::warning file=src/Money.cs,line=5,col=30,endLine=5,endColumn=36,title=RH0001 Equals always reports equal::" +
                        "'Money.Equals' returns true on every path, yet 'Money' has 2 fields" +
                        "%0AMCI: Legitimacy Maintenance, Non-Domination, Self-Limitation%0AHelp: " + DocsBase + "RH0001.md",
                    "::error file=src/Money.cs,line=6,col=32,endLine=6,endColumn=58,title=RH0101 Process exit in test or library code::" +
                        "'System.Environment.Exit(0)' ends the process with exit code 0, so the checks that should follow never run" +
                        "%0AMCI: Legitimacy Maintenance, Fragility-Awareness, Self-Limitation%0AHelp: " + DocsBase + "RH0101.md",
                    "::notice file=tests/MoneyTests.cs,line=14,col=10,endLine=14,endColumn=35,title=RH0404 Test disabled::" +
                        "Test 'AddsMoney' is disabled by [Fact(Skip)]: see issue #12" +
                        "%0AMCI: Diversity Preservation, Legitimacy Maintenance, Fragility-Awareness%0AHelp: " + DocsBase + "RH0404.md",
                    "::notice file=assets/logo.cs,title=rewardhack skipped a file::skipped: binary file",
                    "::error title=rewardhack analyzer failure::ProcessExitAnalyzer failed on Kata.Tests: " + CrashedAnalyzer.Message,
                    "4 findings (1 error, 2 warnings, 1 info) in 12 files, 1 notice, 1 analyzer failure, 1.2 s"),
                Render(Writer, Full(tree.Root)));
        }

        [Fact]
        public void A_clean_result_is_the_summary_line_alone()
        {
            using var tree = MoneyTree();

            Assert.Equal(Lines("No reward hacks found in 12 files, 0 analyzer failures, 1.2 s"), Render(Writer, Clean(tree.Root)));
        }

        [Fact]
        public void Escapes_percent_line_breaks_and_in_properties_colons_and_commas()
        {
            var finding = new Finding(
                Rules.RH0001_EqualsAlwaysTrue,
                DiagnosticSeverity.Hidden,
                "100% sure: a, b\r\n::error::forged\u001b[0m",
                "src/a:b,c%.cs",
                new SourceSpan(2, 3, 4, 5));
            using var tree = MoneyTree();

            var lines = Render(Writer, With(tree.Root, finding)).Split(System.Environment.NewLine);

            Assert.Equal(
                "::notice file=src/a%3Ab%2Cc%25.cs,line=2,col=3,endLine=4,endColumn=5,title=RH0001 Equals always reports equal::" +
                "100%25 sure: a, b%0D%0A::error::forged\uFFFD[0m" +
                "%0AMCI: Legitimacy Maintenance, Non-Domination, Self-Limitation%0AHelp: " + DocsBase + "RH0001.md",
                lines[0]);
            Assert.Equal("1 finding (1 hidden) in 12 files, 0 analyzer failures, 1.2 s", lines[1]);
            Assert.Equal(3, lines.Length);
        }

        [Fact]
        public void Escapes_notice_paths_and_failure_messages()
        {
            using var tree = MoneyTree();
            var result = Clean(tree.Root) with
            {
                Notices = [new ScanNotice("bin/x,y:z.cs", "skipped:\nbinary")],
                Failures = [new AnalyzerFailure("A", "P", "50%\r\nboom")],
            };

            Assert.Equal(
                Lines(
                    "::notice file=bin/x%2Cy%3Az.cs,title=rewardhack skipped a file::skipped:%0Abinary",
                    "::error title=rewardhack analyzer failure::A failed on P: 50%25%0D%0Aboom",
                    "No reward hacks found in 12 files, 1 notice, 1 analyzer failure, 1.2 s"),
                Render(Writer, result));
        }
    }
}
