using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.Regression
{
    /// <summary>`rewardhack diff` on the command line: the scan of the touched files merged in, exit codes, input errors.</summary>
    public class DiffCommandTests
    {
        private const string Squares = "        [Fact]\n        public void Squares() => Assert.Equal(4, Maths.Square(2));";

        private const string Hack = """
            namespace Calc
            {
                public sealed class Money
                {
                    public decimal Amount { get; set; }

                    public override bool Equals(object? obj) => true;

                    public override int GetHashCode() => 0;
                }
            }
            """;

        [Fact]
        public async Task Regressions_and_scan_findings_in_touched_files_are_reported_with_exit_code_1()
        {
            using var repo = new GitRepository()
                .Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares))
                .Write("Calc/Untouched.cs", Hack.Replace("Money", "Untouched", System.StringComparison.Ordinal))
                .Commit();
            repo.Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares.Replace("[Fact]", "[Fact(Skip = \"later\")]", System.StringComparison.Ordinal)))
                .Write("Calc/Money.cs", Hack);

            var run = await CliRun.Of("diff", repo.Tree.Root, "--base", "HEAD", "--no-progress");

            Assert.Equal(
                [
                    "Calc.Tests/MathsTests.cs(8,15): Warning RH0404",
                    "Calc.Tests/MathsTests.cs(9,21): Warning RH0704",
                    "Calc/Money.cs(7,30): Warning RH0001",
                ],
                run.OutLines);
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public async Task A_clean_diff_exits_with_0()
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares)).Commit();
            repo.Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares + "\n\n        [Fact]\n        public void Halves() => Assert.Equal(1.5, Maths.Half(3));")).Commit();

            var run = await CliRun.Of("diff", repo.Tree.Root, "--base", "HEAD~1", "--head", "HEAD", "--no-progress");

            Assert.Equal((0, string.Empty, string.Empty), (run.ExitCode, run.Out, run.Error));
        }

        [Fact]
        public async Task An_unknown_revision_is_an_input_error()
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares)).Commit();

            var run = await CliRun.Of("diff", repo.Tree.Root, "--base", "no-such-branch", "--no-progress");

            Assert.Equal((2, "rewardhack: diff: git does not know the revision 'no-such-branch'.\n"), (run.ExitCode, run.Error));
        }

        [Fact]
        public async Task An_option_like_revision_is_refused_before_git_runs()
        {
            using var tree = new TempTree();

            var run = await CliRun.Of("diff", tree.Root, "--base=--output=/tmp/x", "--no-progress");

            Assert.Equal((2, "rewardhack: '--output=/tmp/x' is not a git revision.\n"), (run.ExitCode, run.Error));
        }

        [Fact]
        public async Task A_folder_outside_a_repository_is_an_input_error()
        {
            using var tree = new TempTree();

            var run = await CliRun.Of("diff", tree.Root, "--base", "HEAD", "--no-progress");

            Assert.Equal((2, $"rewardhack: diff needs a git repository, and '{tree.Root}' is not in one.\n"), (run.ExitCode, run.Error));
        }

        [Fact]
        public async Task The_base_is_required()
        {
            var run = await CliRun.Of("diff", ".");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--base", run.Error, System.StringComparison.Ordinal);
        }
    }
}
