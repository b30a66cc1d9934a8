using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using RewardHack.Cli.Commands;
using RewardHack.Cli.Reporting;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace RewardHack.Cli.Tests.AgentHooks
{
    /// <summary>
    /// samples/agent-hooks/github-workflow.yml: it parses, scans the pull request's changes into the SARIF file the upload
    /// step reads, uploads it even when the scan fails the check, and its scan command line does that on a real repository.
    /// </summary>
    public sealed class GitHubWorkflowTests
    {
        private const string UploadSarif = "github/codeql-action/upload-sarif@";

        private static readonly YamlMappingNode Workflow = Load();

        [Fact]
        public void Pull_requests_are_scanned_into_the_sarif_file_that_is_uploaded_even_when_the_scan_fails()
        {
            var job = (YamlMappingNode)Assert.Single(Map(Workflow, "jobs").Children).Value;
            var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();
            var scan = Assert.Single(steps, s => Text(s, "run")?.StartsWith("rewardhack scan ", StringComparison.Ordinal) == true);
            var upload = Assert.Single(steps, s => Text(s, "uses")?.StartsWith(UploadSarif, StringComparison.Ordinal) == true);

            Assert.Equal("pull_request", Text(Workflow, "on"));
            Assert.Equal("write", Text(Map(Workflow, "permissions"), "security-events"));
            Assert.Equal("0", Text(Map((YamlMappingNode)steps[0], "with"), "fetch-depth"));
            Assert.Contains("--changed-since origin/${{ github.base_ref }} --format sarif", Text(scan, "run"), StringComparison.Ordinal);
            Assert.Equal(OutputOf(Text(scan, "run")!), Text(Map(upload, "with"), "sarif_file"));
            Assert.Equal("${{ !cancelled() && hashFiles('rewardhack.sarif') != '' }}", Text(upload, "if"));
            Assert.True(steps.IndexOf(scan) < steps.IndexOf(upload));
        }

        [Fact]
        public async Task The_scan_step_fails_on_a_hack_in_the_pull_request_and_writes_only_that_finding()
        {
            var job = (YamlMappingNode)Assert.Single(Map(Workflow, "jobs").Children).Value;
            var run = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().Select(s => Text(s, "run")).Single(r => r?.StartsWith("rewardhack scan ", StringComparison.Ordinal) == true)!;
            using var repository = new HookRepository().Write("Money.cs", HookRepository.HonestMoney);
            Assert.Equal(0, repository.CommitAll("base").ExitCode);
            Assert.Equal(0, repository.Git("update-ref", "refs/remotes/origin/main", "HEAD").ExitCode);
            // The pull request: the workflow itself (not a neutralised CI step) and a rigged Equals.
            repository.Install("github-workflow.yml", ".github/workflows/rewardhack.yml").Write("Money.cs", HookRepository.RiggedMoney);
            var sarif = Path.Combine(repository.Root, OutputOf(run));

            // The job runs in the checkout: "." and the relative output are the repository root.
            var arguments = run.Replace("${{ github.base_ref }}", "main", StringComparison.Ordinal)
                .Split(' ')
                .Skip(1)
                .Select(a => a == "." ? repository.Root : a == OutputOf(run) ? sarif : a)
                .ToArray();
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exitCode = await CliApp.RunAsync(arguments, new CliConsole(output, error, IsTerminal: false, ReportWriters.For));

            Assert.Equal((1, string.Empty, string.Empty), (exitCode, output.ToString(), error.ToString()));
            var results = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]!.AsArray();
            Assert.Equal(
                ["RH0001 Money.cs:5"],
                results.Select(r => r!["ruleId"] + " " + r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"] + ":" +
                    r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]).ToArray());
        }

        private static YamlMappingNode Load()
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(HookRepository.Sample("github-workflow.yml"));
            stream.Load(reader);
            return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
        }

        private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

        private static string? Text(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

        /// <summary>The file a scan command line writes its report to (`--output FILE`).</summary>
        private static string OutputOf(string commandLine)
        {
            var words = commandLine.Split(' ');
            return words[Array.IndexOf(words, "--output") + 1];
        }
    }
}
