using Xunit;

namespace RewardHack.Cli.Tests.AgentHooks
{
    /// <summary>samples/agent-hooks/pre-commit in a real repository: honest commits go through, hacks and broken setups are blocked.</summary>
    public sealed class PreCommitHookTests
    {
        [Fact]
        public void Honest_commits_go_through_the_first_one_included()
        {
            using var repository = new HookRepository().Install("pre-commit", ".git/hooks/pre-commit");
            repository.Write("Money.cs", "public sealed class Money { public decimal Amount { get; set; } }");

            var first = repository.CommitAll("first");
            repository.Write("Money.cs", HookRepository.HonestMoney);
            var second = repository.CommitAll("equality by amount");

            Assert.Equal((0, string.Empty), (first.ExitCode, first.Error));
            Assert.Equal((0, string.Empty), (second.ExitCode, second.Error));
            Assert.Equal(2, repository.CommitCount());
        }

        [Fact]
        public void A_hack_blocks_the_commit_with_the_agent_report()
        {
            using var repository = new HookRepository().Write("Money.cs", HookRepository.HonestMoney);
            Assert.Equal(0, repository.CommitAll("honest").ExitCode);
            repository.Install("pre-commit", ".git/hooks/pre-commit").Write("Money.cs", HookRepository.RiggedMoney);

            var commit = repository.CommitAll("make the tests pass");

            Assert.Equal(1, commit.ExitCode);
            Assert.Equal(HookReports.RiggedMoney + "rewardhack: commit blocked; fix the findings above and commit again.\n", commit.Error);
            Assert.Equal(1, repository.CommitCount());
        }

        [Fact]
        public void A_scanner_that_cannot_run_blocks_the_commit_with_the_reason()
        {
            using var repository = new HookRepository().Install("pre-commit", ".git/hooks/pre-commit");
            repository.Environment["REWARDHACK"] = "/no/such/rewardhack";
            repository.Write("Money.cs", HookRepository.HonestMoney);

            var commit = repository.CommitAll("first");

            Assert.Equal(1, commit.ExitCode);
            Assert.EndsWith("rewardhack: commit blocked; the scan could not run (exit code 127), see above.\n", commit.Error, System.StringComparison.Ordinal);
            Assert.Equal(0, repository.CommitCount());
        }
    }
}
