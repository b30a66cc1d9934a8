using System.IO;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Loading;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Tests.Contract
{
    /// <summary>`rewardhack baseline`: the exact contract of a tree, where it goes, and its errors.</summary>
    public class BaselineCommandTests
    {
        internal const string ExpectedContract =
            TestContracts.Header + "\n" +
            "[Calc.NUnitTests]\n" +
            "Calc.NUnitTests.AdderCases.Adds\truns\t2\t1\tAssert.That:Equality\n" +
            "[Calc.Tests]\n" +
            "Calc.Tests.AdderTests.Adds\truns\t0\t2\tAssert.Equal:Equality,Assert.True:Boolean\t5\n" +
            "Calc.Tests.AdderTests.Increments\truns\t2\t1\tAssert.Equal:Equality\n" +
            "Calc.Tests.AdderTests.Overflows\tskipped\t0\t1\tAssert.Equal:Equality\t-2147483648\n";

        [Fact]
        public async Task Writes_the_contract_of_every_test_project_to_the_scanned_folder()
        {
            using var tree = ContractTree.Create();

            var run = await CliRun.Of("baseline", tree.Root);

            Assert.Equal((0, ""), (run.ExitCode, run.Error));
            Assert.Equal($"Recorded 4 test(s) of 2 test project(s) in {tree.PathOf(TestContracts.FileName)}.\n", run.Out);
            Assert.Equal(ExpectedContract, await File.ReadAllTextAsync(tree.PathOf(TestContracts.FileName)));
        }

        [Fact]
        public async Task Writes_the_same_bytes_every_time_and_to_standard_output_with_a_dash()
        {
            using var tree = ContractTree.Create();

            var first = await CliRun.Of("baseline", tree.Root, "--output", "-");
            var second = await CliRun.Of("baseline", tree.Root, "--output", "-");

            Assert.Equal((0, ExpectedContract, ""), (first.ExitCode, first.Out, first.Error));
            Assert.Equal(first.Out, second.Out);
            Assert.False(tree.Exists(TestContracts.FileName));
        }

        [Fact]
        public async Task Writes_to_the_output_file_given()
        {
            using var tree = ContractTree.Create();
            var output = tree.PathOf("contracts/tests.contract.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);

            var run = await CliRun.Of("baseline", tree.PathOf("tests/Calc.Tests/Calc.Tests.csproj"), "-o", output);

            Assert.Equal((0, $"Recorded 3 test(s) of 1 test project(s) in {output}.\n"), (run.ExitCode, run.Out));
            Assert.Equal(
                TestContracts.Header + "\n[Calc.Tests]\n" + ExpectedContract[ExpectedContract.IndexOf("Calc.Tests.AdderTests.Adds", System.StringComparison.Ordinal)..],
                await File.ReadAllTextAsync(output));
        }

        [Fact]
        public async Task A_tree_without_test_projects_is_an_input_error()
        {
            using var tree = new TempTree()
                .Write("src/Calc/Calc.csproj", ProjectText.Csproj())
                .Write("src/Calc/Adder.cs", ContractTree.Calculator);

            var run = await CliRun.Of("baseline", tree.Root);

            Assert.Equal((2, "", $"rewardhack: '{tree.Root}' holds no test project to record a contract for.\n"), (run.ExitCode, run.Out, run.Error));
            Assert.False(tree.Exists(TestContracts.FileName));
        }

        [Fact]
        public async Task A_missing_path_is_an_input_error()
        {
            using var tree = new TempTree();
            var missing = tree.PathOf("nowhere");

            var run = await CliRun.Of("baseline", missing);

            Assert.Equal((2, "", $"rewardhack: '{missing}' does not exist.\n"), (run.ExitCode, run.Out, run.Error));
        }

        [Fact]
        public async Task An_unwritable_output_is_an_input_error_in_one_line()
        {
            using var tree = ContractTree.Create();
            var output = tree.PathOf("no/such/folder/contract.txt");

            var run = await CliRun.Of("baseline", tree.Root, "--output", output);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"rewardhack: cannot write '{output}': ", run.Error, System.StringComparison.Ordinal);
            Assert.Single(run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
