using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Catalog;
using YamlDotNet.RepresentationModel;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// RH0604: a CI test step whose failure is ignored, that never runs, or whose filter leaves tests out by name — in GitHub
    /// workflows, Azure pipelines, GitLab CI, files under <c>.ci/</c>, and shell, PowerShell and cmd scripts anywhere in the tree.
    /// </summary>
    public sealed class CiTestStepNeutralisedCheck : IRepositoryCheck
    {
        private const string JobGoesOn = "a failing test no longer fails the job";
        private const string WorkflowGoesOn = "a failing test no longer fails the run";
        private const string StepNeverRuns = "the step never runs";
        private const string JobNeverRuns = "the job never runs";
        private const string ExitCodeIgnoreVariable = "TESTINGPLATFORM_EXITCODE_IGNORE";

        private static readonly string[] ContinueKeys = { "continue-on-error", "continueOnError", "allow_failure" };
        private static readonly string[] ConditionKeys = { "if", "condition" };
        private static readonly string[] CiFolders = { ".github/", ".ci/", ".azure-pipelines/", ".azuredevops/", ".pipelines/" };
        private static readonly string[] ScriptExtensions = { ".sh", ".bash", ".ps1", ".cmd", ".bat" };

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor Rule => Rules.RH0604_CiTestStepNeutralised;

        public IEnumerable<Finding> Check(RepositoryFiles files, CancellationToken cancellationToken)
        {
            var findings = new List<Finding>();
            foreach (var path in TemplateContent.Without(files, files.AllFiles).OrderBy(p => p, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var relative = RepositoryFinding.RelativePath(files, path);
                if (IsCiYaml(relative))
                {
                    findings.AddRange(CheckYaml(files, path).OrderBy(f => f.Span.StartLine).ThenBy(f => f.Span.StartColumn));
                }
                else if (TextFiles.HasExtension(relative, ScriptExtensions) || (relative.StartsWith(".ci/", StringComparison.Ordinal) && !IsYaml(relative)))
                {
                    findings.AddRange(CheckScript(files, path));
                }
            }

            return findings;
        }

        private static bool IsYaml(string path) => TextFiles.HasExtension(path, ".yml", ".yaml");

        private static bool IsCiYaml(string relative)
        {
            var name = Path.GetFileName(relative);
            return IsYaml(relative)
                && (CiFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal))
                    || name.StartsWith("azure-pipelines", StringComparison.OrdinalIgnoreCase)
                    || name.Equals(".gitlab-ci.yml", StringComparison.Ordinal));
        }

        private static IEnumerable<Finding> CheckScript(RepositoryFiles files, string path)
        {
            var text = TextFiles.TryRead(path);
            if (text is null)
            {
                return Enumerable.Empty<Finding>();
            }

            return ScriptNeutralisers.Inspect(TextFiles.Lines(text)).Select(e => RepositoryFinding.Create(
                Rule, files, path, RepositoryFinding.OnLine(e.LineIndex + 1, e.Column, e.Evidence.Length), e.TestCommand, e.Evidence, e.Reason));
        }

        private static IEnumerable<Finding> CheckYaml(RepositoryFiles files, string path)
        {
            var text = TextFiles.TryRead(path);
            var roots = text is null ? null : YamlFiles.TryLoadRoots(text);
            if (text is null || roots is null)
            {
                yield break;
            }

            var lines = TextFiles.Lines(text);
            var mappings = YamlFiles.Mappings(roots).ToList();
            var steps = mappings.Select(CiStep.TryRead).OfType<CiStep>().ToList();
            if (steps.Count == 0)
            {
                yield break;
            }

            var stepMappings = steps.Select(s => s.Mapping).ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var mapping in mappings)
            {
                var step = steps.FirstOrDefault(s => ReferenceEquals(s.Mapping, mapping));
                if (step is not null)
                {
                    foreach (var finding in StepFindings(files, path, lines, step))
                    {
                        yield return finding;
                    }
                }

                var jobStep = (YamlFiles.Entry(mapping, "steps")?.Value as YamlSequenceNode)?.Children.FirstOrDefault(stepMappings.Contains);
                var job = jobStep is null ? null : steps.First(s => ReferenceEquals(s.Mapping, jobStep));
                if (job is not null)
                {
                    foreach (var finding in Flags(files, path, mapping, job.TestCommand, WorkflowGoesOn, JobNeverRuns))
                    {
                        yield return finding;
                    }
                }

                var variable = ExitCodeIgnored(mapping);
                if (variable is var (key, value))
                {
                    yield return RepositoryFinding.Create(
                        Rule, files, path, KeyValueSpan(key, value), steps[0].TestCommand, $"{ExitCodeIgnoreVariable}: {value.Value}", ScriptNeutralisers.FailureIgnored);
                }
            }
        }

        private static IEnumerable<Finding> StepFindings(RepositoryFiles files, string path, string[] lines, CiStep step)
        {
            foreach (var finding in Flags(files, path, step.Mapping, step.TestCommand, JobGoesOn, StepNeverRuns))
            {
                yield return finding;
            }

            foreach (var evidence in ScriptNeutralisers.Inspect(step.Script.Select(l => l.Text).ToList()))
            {
                var line = step.Script[evidence.LineIndex];
                yield return InScalar(files, path, lines, line.Scalar, line.IndexInScalar, evidence.Evidence, evidence.TestCommand, evidence.Reason);
            }

            foreach (var argument in step.TaskArguments)
            {
                var value = argument.Value ?? string.Empty;
                var ignored = TestCommands.FailureIgnoredIn(value);
                if (ignored is not null)
                {
                    yield return InScalar(files, path, lines, argument, 0, ignored, step.TestCommand, ScriptNeutralisers.FailureIgnored);
                }

                var excluded = TestCommands.ExclusionIn(value);
                if (excluded is not null)
                {
                    yield return InScalar(files, path, lines, argument, 0, excluded, step.TestCommand, ScriptNeutralisers.TestsLeftOut);
                }
            }
        }

        /// <summary><c>continue-on-error: true</c> (and its Azure and GitLab spellings) and <c>if: false</c> on a step or job.</summary>
        private static IEnumerable<Finding> Flags(RepositoryFiles files, string path, YamlMappingNode mapping, string testCommand, string continues, string neverRuns)
        {
            foreach (var (key, value, reason) in ContinueKeys.Select(k => (Key: k, Reason: continues, Boolean: "true"))
                .Concat(ConditionKeys.Select(k => (Key: k, Reason: neverRuns, Boolean: "false")))
                .Select(k => (Entry: YamlFiles.Entry(mapping, k.Key), k.Reason, k.Boolean))
                .Where(k => k.Entry is not null && YamlFiles.IsLiteral(k.Entry.Value.Value, k.Boolean))
                .Select(k => (k.Entry!.Value.Key, (YamlScalarNode)k.Entry.Value.Value, k.Reason)))
            {
                yield return RepositoryFinding.Create(Rule, files, path, KeyValueSpan(key, value), testCommand, $"{key.Value}: {value.Value}", reason);
            }
        }

        /// <summary>TESTINGPLATFORM_EXITCODE_IGNORE set to a list with the failed-tests code, as an <c>env</c> entry or an Azure <c>name</c>/<c>value</c> variable.</summary>
        private static (YamlScalarNode Key, YamlScalarNode Value)? ExitCodeIgnored(YamlMappingNode mapping)
        {
            if (YamlFiles.Entry(mapping, ExitCodeIgnoreVariable) is ({ } key, YamlScalarNode value) && TestCommands.ListsFailedTestsExitCode(value.Value ?? string.Empty))
            {
                return (key, value);
            }

            return YamlFiles.Scalar(mapping, "name") == ExitCodeIgnoreVariable
                && YamlFiles.Entry(mapping, "value") is ({ } valueKey, YamlScalarNode named)
                && TestCommands.ListsFailedTestsExitCode(named.Value ?? string.Empty)
                ? (valueKey, named)
                : null;
        }

        private static SourceSpan KeyValueSpan(YamlScalarNode key, YamlScalarNode value) =>
            value.End.Line == key.Start.Line
                ? new SourceSpan((int)key.Start.Line, (int)key.Start.Column, (int)value.End.Line, (int)value.End.Column)
                : RepositoryFinding.OnLine((int)key.Start.Line, (int)key.Start.Column, key.Value?.Length ?? 1);

        /// <summary>A finding at the evidence text inside a scalar: its file line is found from the scalar's start, whatever its style.</summary>
        private static Finding InScalar(
            RepositoryFiles files, string path, string[] lines, YamlScalarNode scalar, int indexInScalar, string evidence, string testCommand, string reason)
        {
            var last = Math.Min(lines.Length, (int)scalar.End.Line) - 1;
            for (var index = (int)scalar.Start.Line - 1 + indexInScalar; index <= last; index++)
            {
                var column = lines[index].IndexOf(evidence, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return RepositoryFinding.Create(Rule, files, path, RepositoryFinding.OnLine(index + 1, column + 1, evidence.Length), testCommand, evidence, reason);
                }
            }

            return RepositoryFinding.Create(Rule, files, path, RepositoryFinding.OnLine((int)scalar.Start.Line, (int)scalar.Start.Column, 1), testCommand, evidence, reason);
        }
    }
}
