using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Scanning;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Tests.Contract
{
    /// <summary>
    /// Baseline, then weaken a test: the analyzers the build runs (here through the scan, which runs exactly those, with
    /// the project's AdditionalFiles) report RH0706; the tree the contract was recorded from is silent.
    /// </summary>
    public class ContractRoundTripTests
    {
        private static string[] Rh0706(Findings.ScanResult result) =>
            [.. result.Findings.Where(f => f.RuleId == "RH0706").Select(f => $"{f.Path}:{f.Span.StartLine} {f.Message}")];

        [Fact]
        public async Task The_tree_the_contract_was_recorded_from_keeps_it()
        {
            using var tree = ContractTree.Create();
            Assert.Equal(0, (await CliRun.Of("baseline", tree.Root)).ExitCode);

            var result = await Scan.Of(tree.Root);

            Assert.Empty(Rh0706(result));
        }

        [Fact]
        public async Task A_weakened_expected_value_a_removed_row_and_a_deleted_test_are_reported()
        {
            using var tree = ContractTree.Create();
            Assert.Equal(0, (await CliRun.Of("baseline", tree.Root)).ExitCode);
            tree.Write("tests/Calc.Tests/AdderTests.cs", ContractTree.AdderTests
                .Replace("Assert.Equal(5, Adder.Add(2, 3));", "Assert.Equal(6, Adder.Add(2, 3));", System.StringComparison.Ordinal)
                .Replace("[InlineData(2, 3)]", "", System.StringComparison.Ordinal)
                .Replace("public void Overflows()", "public void Overflows_renamed()", System.StringComparison.Ordinal));

            var result = await Scan.Of(tree.Root);

            Assert.Equal(
                [
                    "rewardhack.contract.txt:7 Test 'Calc.Tests.AdderTests.Overflows' is weaker than its contract: it is gone from the code",
                    "tests/Calc.Tests/AdderTests.cs:8 Test 'Calc.Tests.AdderTests.Adds' is weaker than its contract: no assertion compares with 5 any more",
                    "tests/Calc.Tests/AdderTests.cs:17 Test 'Calc.Tests.AdderTests.Increments' is weaker than its contract: 1 data row(s) instead of 2",
                ],
                Rh0706(result));
        }

        [Fact]
        public async Task A_test_project_that_does_not_read_the_contract_is_not_held_to_it()
        {
            using var tree = ContractTree.Create();
            Assert.Equal(0, (await CliRun.Of("baseline", tree.Root)).ExitCode);
            tree.Write("tests/Calc.NUnitTests/AdderCases.cs", ContractTree.NUnitTests.Replace("[TestCase(2, 2, 4)]", "", System.StringComparison.Ordinal));

            var result = await Scan.Of(tree.Root);

            Assert.Empty(Rh0706(result));
            Assert.True(File.Exists(tree.PathOf(TestContracts.FileName)));
        }
    }
}
