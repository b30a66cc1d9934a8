using System.IO;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>`--output` writes the report to a file; a file that cannot be written is an input error.</summary>
    public class OutputTests
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
        public async Task Report_goes_to_the_output_file_and_not_to_standard_output()
        {
            using var tree = new TempTree().Write("src/Money.cs", Hack);
            var report = tree.PathOf("report.txt");

            var run = await CliRun.Of("scan", tree.PathOf("src"), "--no-progress", "--output", report);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(string.Empty, run.Out);
            Assert.Equal("Money.cs(5,26): Warning RH0001\n", File.ReadAllText(report).ReplaceLineEndings("\n"));
        }

        [Fact]
        public async Task Output_file_in_a_missing_folder_is_an_input_error()
        {
            using var tree = new TempTree().Write("Money.cs", Hack);
            var report = tree.PathOf("no/such/folder/report.txt");

            var run = await CliRun.Of("scan", tree.Root, "--no-progress", "-o", report);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"rewardhack: cannot write '{report}': Could not find a part of the path '{report}'.\n", run.Error);
        }
    }
}
