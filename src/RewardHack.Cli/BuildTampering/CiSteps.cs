using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>One line of a step's script, with the YAML scalar it came from and its index inside that scalar.</summary>
    internal readonly record struct ScriptLine(string Text, YamlScalarNode Scalar, int IndexInScalar);

    /// <summary>
    /// A CI step that runs tests, in any of the YAML dialects (GitHub Actions <c>run</c>, Azure Pipelines <c>script</c>/
    /// <c>bash</c>/<c>pwsh</c>/<c>powershell</c> and the DotNetCoreCLI/VSTest tasks, GitLab CI <c>script</c> lists).
    /// </summary>
    internal sealed class CiStep
    {
        private static readonly string[] ScriptKeys = { "run", "script", "bash", "pwsh", "powershell" };
        private static readonly string[] ArgumentInputs = { "arguments", "testFiltercriteria" };

        private CiStep(YamlMappingNode mapping, string testCommand, IReadOnlyList<ScriptLine> script, IReadOnlyList<YamlScalarNode> taskArguments)
        {
            Mapping = mapping;
            TestCommand = testCommand;
            Script = script;
            TaskArguments = taskArguments;
        }

        public YamlMappingNode Mapping { get; }

        /// <summary>How the step runs tests, as the message names it: <c>dotnet test</c>, <c>DotNetCoreCLI@2</c>, <c>VSTest@3</c>.</summary>
        public string TestCommand { get; }

        public IReadOnlyList<ScriptLine> Script { get; }

        /// <summary>Task inputs that carry test-run arguments (<c>arguments</c>, <c>testFiltercriteria</c>).</summary>
        public IReadOnlyList<YamlScalarNode> TaskArguments { get; }

        /// <summary>The step a mapping describes when it runs tests, or null.</summary>
        public static CiStep? TryRead(YamlMappingNode mapping)
        {
            var script = ScriptLines(mapping);
            var command = script.Select(l => TestCommands.FindCommand(l.Text)).FirstOrDefault(m => m is not null);
            if (command is not null)
            {
                return new CiStep(mapping, command.Value, script, Array.Empty<YamlScalarNode>());
            }

            var task = YamlFiles.Scalar(mapping, "task");
            var inputs = YamlFiles.Entry(mapping, "inputs")?.Value as YamlMappingNode;
            var runsTests = task is not null
                && (IsTask(task, "VSTest")
                    || (IsTask(task, "DotNetCoreCLI") && string.Equals(inputs is null ? null : YamlFiles.Scalar(inputs, "command")?.Trim(), "test", StringComparison.OrdinalIgnoreCase)));
            if (!runsTests)
            {
                return null;
            }

            var arguments = ArgumentInputs
                .Select(key => inputs is null ? null : YamlFiles.Entry(inputs, key)?.Value)
                .OfType<YamlScalarNode>()
                .ToList();
            return new CiStep(mapping, task!, script, arguments);
        }

        private static bool IsTask(string task, string name) => task.StartsWith(name + "@", StringComparison.OrdinalIgnoreCase);

        private static List<ScriptLine> ScriptLines(YamlMappingNode mapping)
        {
            var lines = new List<ScriptLine>();
            foreach (var key in ScriptKeys)
            {
                var scalars = YamlFiles.Entry(mapping, key)?.Value switch
                {
                    YamlScalarNode scalar => new[] { scalar },
                    YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().ToArray(),
                    _ => Array.Empty<YamlScalarNode>(),
                };
                foreach (var scalar in scalars)
                {
                    lines.AddRange(TextFiles.Lines(scalar.Value ?? string.Empty).Select((text, index) => new ScriptLine(text, scalar, index)));
                }
            }

            return lines;
        }
    }
}
