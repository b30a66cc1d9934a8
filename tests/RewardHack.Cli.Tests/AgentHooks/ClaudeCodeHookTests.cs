using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace RewardHack.Cli.Tests.AgentHooks
{
    /// <summary>
    /// samples/agent-hooks/claude installed as .claude/ and run as Claude Code runs a command hook (the settings' command
    /// through a shell, the event as JSON on standard input, CLAUDE_PROJECT_DIR set). The contract: exit 0 says nothing;
    /// exit 2 blocks and its standard error is what the agent reads; any other exit is shown to the user only.
    /// </summary>
    public sealed class ClaudeCodeHookTests
    {
        private const string Stop = """{"session_id":"s","hook_event_name":"Stop","stop_hook_active":false}""";
        private const string StopAgain = """{"session_id":"s","hook_event_name":"Stop","stop_hook_active": true}""";

        [Fact]
        public void Settings_run_the_hook_script_on_stop_and_after_every_edit()
        {
            using var settings = JsonDocument.Parse(File.ReadAllText(HookRepository.Sample("claude/settings.json")));
            var hooks = settings.RootElement.GetProperty("hooks");

            var postToolUse = Assert.Single(hooks.GetProperty("PostToolUse").EnumerateArray());
            var stop = Assert.Single(hooks.GetProperty("Stop").EnumerateArray());

            Assert.Equal(["Edit", "MultiEdit", "Write"], postToolUse.GetProperty("matcher").GetString()!.Split('|'));
            Assert.False(stop.TryGetProperty("matcher", out _));
            Assert.Equal([HookCommand, HookCommand], new[] { postToolUse, stop }.Select(Command).ToArray());
            Assert.True(File.Exists(HookRepository.Sample("claude/hooks/rewardhack.sh")));
        }

        [Fact]
        public void Clean_changes_let_the_agent_stop_silently()
        {
            using var repository = Installed();
            repository.Write("Money.cs", HookRepository.HonestMoney.Replace("Amount", "Cents", System.StringComparison.Ordinal));

            Assert.Equal(new ChildProcess(0, string.Empty, string.Empty), RunHook(repository, Stop));
        }

        [Fact]
        public void A_hack_blocks_the_stop_with_the_report_on_standard_error_once_then_goes_to_the_user()
        {
            using var repository = Installed();
            repository.Write("Money.cs", HookRepository.RiggedMoney);

            Assert.Equal(new ChildProcess(2, string.Empty, HookReports.RiggedMoney), RunHook(repository, Stop));
            Assert.Equal(new ChildProcess(1, string.Empty, HookReports.RiggedMoney), RunHook(repository, StopAgain));
        }

        private static string HookCommand => "\"$CLAUDE_PROJECT_DIR\"/.claude/hooks/rewardhack.sh";

        private static string Command(JsonElement matcher) =>
            Assert.Single(matcher.GetProperty("hooks").EnumerateArray()) is var hook && hook.GetProperty("type").GetString() == "command"
                ? hook.GetProperty("command").GetString()!
                : "(not a command hook)";

        /// <summary>A repository with the sample installed as .claude/ and an honest first commit.</summary>
        private static HookRepository Installed()
        {
            var repository = new HookRepository()
                .Install("claude/settings.json", ".claude/settings.json")
                .Install("claude/hooks/rewardhack.sh", ".claude/hooks/rewardhack.sh")
                .Write("Money.cs", HookRepository.HonestMoney);
            Assert.Equal(0, repository.CommitAll("honest").ExitCode);
            return repository;
        }

        private static ChildProcess RunHook(HookRepository repository, string input)
        {
            repository.Environment["CLAUDE_PROJECT_DIR"] = repository.Root;
            return ChildProcess.Run("sh", ["-c", HookCommand], repository.Root, repository.Environment, input);
        }
    }
}
