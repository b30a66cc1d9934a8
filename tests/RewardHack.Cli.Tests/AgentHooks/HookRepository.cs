using System;
using System.Collections.Generic;
using System.IO;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.AgentHooks
{
    /// <summary>
    /// A temporary git repository (isolated from the machine's git configuration) to install the sample hooks in, with
    /// `rewardhack` resolved to the tool this test run built (the hooks honour REWARDHACK).
    /// </summary>
    internal sealed class HookRepository : IDisposable
    {
        public const string HonestMoney = """
            public sealed class Money
            {
                public decimal Amount { get; set; }

                public override bool Equals(object? obj) => obj is Money other && other.Amount == Amount;

                public override int GetHashCode() => Amount.GetHashCode();
            }
            """;

        public const string RiggedMoney = """
            public sealed class Money
            {
                public decimal Amount { get; set; }

                public override bool Equals(object? obj) => true;

                public override int GetHashCode() => 0;
            }
            """;

        public HookRepository()
        {
            Git("init", "--quiet");
        }

        public TempTree Tree { get; } = new();

        public string Root => Tree.Root;

        /// <summary>The environment every child process gets: git identity, no global or system git configuration, the built tool.</summary>
        public Dictionary<string, string> Environment { get; } = new()
        {
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_AUTHOR_NAME"] = "Test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.com",
            ["GIT_COMMITTER_NAME"] = "Test",
            ["GIT_COMMITTER_EMAIL"] = "test@example.com",
            ["REWARDHACK"] = "dotnet " + Path.Combine(AppContext.BaseDirectory, "rewardhack.dll"),
        };

        public static string Sample(string relativePath) => Path.Combine(RepoPaths.Sample("agent-hooks"), relativePath);

        public HookRepository Write(string relativePath, string contents)
        {
            Tree.Write(relativePath, contents);
            return this;
        }

        /// <summary>Copies a sample file into the repository, executable, as the samples' README says to install it.</summary>
        public HookRepository Install(string sample, string relativePath)
        {
            var target = Tree.PathOf(relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Sample(sample), target, overwrite: true);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, File.GetUnixFileMode(target) | UnixFileMode.UserExecute);
            }

            return this;
        }

        public ChildProcess Git(params string[] arguments) => ChildProcess.Run("git", arguments, Root, Environment);

        /// <summary>Commits everything in the working tree (hooks run); the setup commits of a test must succeed.</summary>
        public ChildProcess CommitAll(string message)
        {
            var add = Git("add", "--all");
            if (add.ExitCode != 0)
            {
                throw new InvalidOperationException("git add failed: " + add.Error);
            }

            return Git("commit", "--quiet", "-m", message);
        }

        public int CommitCount() => int.Parse(Git("rev-list", "--count", "--all").Out.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        public void Dispose() => Tree.Dispose();
    }
}
