using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Regression;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Loading;

namespace RewardHack.Cli.Tests.Regression
{
    /// <summary>
    /// A temporary git repository with a production project (Calc) and an xUnit test project (Calc.Tests) that references
    /// it, for two-commit diffs: write, commit, write again, then diff in-process.
    /// </summary>
    internal sealed class GitRepository : IDisposable
    {
        public const string Maths = """
            namespace Calc
            {
                public static class Maths
                {
                    public static int Square(int x) => x * x;

                    public static double Half(double x) => x / 2;
                }
            }
            """;

        public GitRepository()
        {
            Tree = new TempTree()
                .Write("Calc/Calc.csproj", ProjectText.Csproj())
                .Write("Calc/Maths.cs", Maths)
                .Write("Calc.Tests/Calc.Tests.csproj", ProjectText.Csproj(["Microsoft.NET.Test.Sdk", "xunit"], items: """<ProjectReference Include="../Calc/Calc.csproj" />"""));
            Git("init", "--quiet");
        }

        public TempTree Tree { get; }

        /// <summary>A test file of Calc.Tests: the class <paramref name="type"/> in namespace Calc.Tests with <paramref name="members"/>.</summary>
        public static string TestClass(string type, string members, string modifiers = "public") => $$"""
            using System;
            using Xunit;

            namespace Calc.Tests
            {
                {{modifiers}} class {{type}}
                {
            {{members}}
                }
            }
            """;

        public GitRepository Write(string path, string contents)
        {
            Tree.Write(path, contents);
            return this;
        }

        public GitRepository Delete(string path)
        {
            System.IO.File.Delete(Tree.PathOf(path));
            return this;
        }

        public GitRepository Commit(string message = "change")
        {
            Git("add", "-A");
            Git("commit", "--quiet", "--allow-empty", "-m", message);
            return this;
        }

        /// <summary>The diff's findings as "path:line id message" (the scan of the touched files only when <paramref name="withAnalyzers"/>).</summary>
        public async Task<string[]> DiffAsync(string baseRevision = "HEAD", string? head = null, bool withAnalyzers = false)
        {
            var request = new DiffRequest(Tree.Root, baseRevision) { Head = head };
            var outcome = await TestDiff.RunAsync(request with { ScanTouchedFiles = withAnalyzers }, null, default);
            Assert.True(outcome.Result is not null, "The diff failed: " + outcome.InputError);
            return [.. outcome.Result!.Findings.Select(f => $"{f.Path}:{f.Span.StartLine} {f.RuleId} {f.Message}")];
        }

        public void Git(params string[] arguments)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = Tree.Root, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "git " + string.Join(' ', arguments) + ": " + error);
        }

        public void Dispose() => Tree.Dispose();
    }
}
