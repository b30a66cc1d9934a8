using System.Threading.Tasks;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>0 clean, 1 findings at or above --fail-on, 2 usage or input error (3, analyzer failure: AnalyzerFailureTests).</summary>
    public class ExitCodeTests
    {
        private const string Hack = """
            public sealed class Money
            {
                public decimal Amount { get; set; }

                public override bool Equals(object? obj) => true;

                public override int GetHashCode() => 0;
            }
            """;

        [Fact]
        public async Task Clean_code_exits_0()
        {
            using var tree = new TempTree().Write("Money.cs", "public sealed record Money(decimal Amount);");

            var run = await CliRun.Of("scan", tree.Root, "--no-progress");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(string.Empty, run.Out);
        }

        [Theory]
        [InlineData("warning", null, 1)]
        [InlineData("error", null, 0)]
        [InlineData("info", null, 1)]
        [InlineData("none", null, 0)]
        [InlineData("error", "error", 1)]
        [InlineData("warning", "suggestion", 0)]
        [InlineData("info", "suggestion", 1)]
        [InlineData("none", "error", 0)]
        public async Task Findings_at_or_above_fail_on_exit_1(string failOn, string? configuredSeverity, int expected)
        {
            using var tree = new TempTree().Write("Money.cs", Hack);
            if (configuredSeverity is not null)
            {
                tree.Write(".editorconfig", $"root = true\n[*.cs]\ndotnet_diagnostic.RH0001.severity = {configuredSeverity}\n");
            }

            var run = await CliRun.Of("scan", tree.Root, "--no-progress", "--fail-on", failOn);

            Assert.Equal(expected, run.ExitCode);
            Assert.Single(run.OutLines);
        }

        [Fact]
        public async Task Default_fail_on_is_warning()
        {
            using var tree = new TempTree().Write("Money.cs", Hack);

            var run = await CliRun.Of("scan", tree.Root, "--no-progress");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(["Money.cs(5,26): Warning RH0001"], run.OutLines);
        }

        [Theory]
        [InlineData("rewardhack: Argument 'fatal' not recognized. Must be one of:\n\t'error'\n\t'warning'\n\t'info'\n\t'none'\n", "scan", ".", "--fail-on", "fatal")]
        [InlineData("rewardhack: Unrecognized command or argument '--colour'.\n", "scan", ".", "--colour")]
        [InlineData("rewardhack: Required argument missing for command: 'scan'.\n", "scan")]
        [InlineData("rewardhack: Required command was not provided.\n")]
        [InlineData("rewardhack: Required command was not provided.\nrewardhack: Unrecognized command or argument 'lint'.\n", "lint")]
        public async Task Usage_errors_exit_2_with_one_line_each(string expectedError, params string[] args)
        {
            var run = await CliRun.Of(args);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal(expectedError + "Run 'rewardhack --help' for usage.\n", run.Error);
            Assert.Equal(string.Empty, run.Out);
        }

        [Fact]
        public async Task Unknown_format_exits_2_before_scanning()
        {
            var run = await CliRun.Of("scan", "/no/such/folder", "--format", "yaml");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("rewardhack: unknown format 'yaml'; use one of text, json, sarif, markdown, github, agent.\n", run.Error);
        }
    }
}
