using System.Diagnostics;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.Scanning
{
    /// <summary>`--changed-since`: only files changed since the revision (and untracked ones) are reported.</summary>
    public class ChangedSinceTests
    {
        private static string Hack(string type) => $$"""
            public sealed class {{type}}
            {
                public decimal Amount { get; set; }

                public override bool Equals(object? obj) => true;

                public override int GetHashCode() => 0;
            }
            """;

        [Fact]
        public async Task Only_files_changed_since_the_revision_or_untracked_are_reported()
        {
            using var tree = new TempTree().Write("Old.cs", Hack("Old")).Write("Edited.cs", "public class Edited { }");
            Git(tree, "init", "--quiet");
            Git(tree, "add", ".");
            Git(tree, "commit", "--quiet", "-m", "first");
            tree.Write("Edited.cs", Hack("Edited"));
            Git(tree, "commit", "--quiet", "-am", "second");
            tree.Write("Untracked.cs", Hack("Untracked"));

            var sinceFirst = await CliRun.Of("scan", tree.Root, "--no-progress", "--changed-since", "HEAD~1");
            var sinceSecond = await CliRun.Of("scan", tree.Root, "--no-progress", "--changed-since", "HEAD");

            Assert.Equal(["Edited.cs(5,26): Warning RH0001", "Untracked.cs(5,26): Warning RH0001"], sinceFirst.OutLines);
            Assert.Equal(["Untracked.cs(5,26): Warning RH0001"], sinceSecond.OutLines);
        }

        [Fact]
        public async Task Unknown_revision_is_an_input_error()
        {
            using var tree = new TempTree().Write("Old.cs", Hack("Old"));
            Git(tree, "init", "--quiet");
            Git(tree, "add", ".");
            Git(tree, "commit", "--quiet", "-m", "first");

            var run = await CliRun.Of("scan", tree.Root, "--no-progress", "--changed-since", "no-such-branch");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("rewardhack: --changed-since: git does not know the revision 'no-such-branch'.\n", run.Error);
            Assert.Equal(string.Empty, run.Out);
        }

        [Fact]
        public async Task Option_like_revision_is_refused_before_git_runs()
        {
            using var tree = new TempTree().Write("Old.cs", Hack("Old"));

            var run = await CliRun.Of("scan", tree.Root, "--no-progress", "--changed-since=--output=/tmp/x");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("rewardhack: '--output=/tmp/x' is not a git revision.\n", run.Error);
        }

        [Fact]
        public async Task Folder_outside_a_git_repository_is_an_input_error()
        {
            using var tree = new TempTree().Write("Old.cs", Hack("Old"));

            var run = await CliRun.Of("scan", tree.Root, "--no-progress", "--changed-since", "HEAD");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"rewardhack: --changed-since needs a git repository, and '{tree.Root}' is not in one.\n", run.Error);
        }

        private static void Git(TempTree tree, params string[] arguments)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = tree.Root, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "git " + string.Join(' ', arguments) + ": " + error);
        }
    }
}
