using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>One way a script neutralises its test command: where (0-based line of the script, 1-based column), what, and why it matters.</summary>
    internal sealed record ScriptEvidence(int LineIndex, int Column, string Evidence, string TestCommand, string Reason);

    /// <summary>
    /// Finds test commands in shell, PowerShell and cmd script text (a script file or a CI step's <c>run</c>) whose failure is
    /// ignored, whose filter leaves tests out by name, or whose failed-tests exit code is ignored. Continuation lines
    /// (<c>\</c>, <c>`</c>, <c>^</c>) are read as one command; comment lines are skipped.
    /// </summary>
    internal static class ScriptNeutralisers
    {
        public const string FailureIgnored = "a failing test no longer fails the step";
        public const string TestsLeftOut = "the tests it excludes never run";

        // A command continued over more than this is not one a person wrote; the rest of it is not read.
        private const int MaxLogicalLine = 8192;

        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

        // On the test command's line (after it): "|| true", "|| :", "|| exit 0", "; exit 0", "& exit /b 0" (cmd's unconditional '&', not
        // "&&"), "; $LASTEXITCODE = 0".
        private static readonly Regex IgnoredOnSameLine = new(
            @"\|\|\s*(?:true|:|exit\s+(?:/b\s+)?0)(?![\w])|(?:;|(?<!&)&(?!&))\s*exit\s+(?:/b\s+)?0(?![\w])|;\s*\$(?:global:)?LASTEXITCODE\s*=\s*0(?![\w])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Timeout);

        // "|| echo ..." swallows the failure too, unless the same line still exits non-zero or fails afterwards.
        private static readonly Regex EchoedFailure = new(@"\|\|\s*(?:echo|printf|Write-Host|Write-Output)(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex StillFails = new(@"exit\s+(?:/b\s+)?(?:[1-9]|\$|%)|\bfalse\b|\bthrow\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        // The next command after the test command forces success.
        private static readonly Regex ForcedSuccessLine = new(
            @"^(?:exit\s+(?:/b\s+)?0|\$(?:global:)?LASTEXITCODE\s*=\s*0)\s*;?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Timeout);

        private static readonly Regex HandlesFailure = new(@"\|\||&&|\$\?|LASTEXITCODE|ERRORLEVEL", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        public static IEnumerable<ScriptEvidence> Inspect(IReadOnlyList<string> lines)
        {
            var commands = LogicalLines(lines).Where(l => !IsComment(l.Text)).Select(l => l with { Text = TestCommands.Bounded(l.Text) }).ToList();
            for (var i = 0; i < commands.Count; i++)
            {
                var command = commands[i];
                var environment = TestCommands.FailureIgnoredIn(command.Text);
                if (environment is not null && environment.StartsWith("TESTINGPLATFORM_EXITCODE_IGNORE", StringComparison.OrdinalIgnoreCase))
                {
                    var runs = commands.Skip(i).Select(c => TestCommands.FindCommand(c.Text)).FirstOrDefault(m => m is not null);
                    if (runs is not null)
                    {
                        yield return Locate(lines, command, environment, runs.Value, FailureIgnored);
                    }
                }

                var test = TestCommands.FindCommand(command.Text);
                if (test is null)
                {
                    continue;
                }

                var after = command.Text[(test.Index + test.Length)..];
                foreach (var (evidence, reason) in SameLineEvidence(after))
                {
                    yield return Locate(lines, command, evidence, test.Value, reason);
                }

                if (i + 1 < commands.Count && !HandlesFailure.IsMatch(after) && ForcedSuccessLine.IsMatch(commands[i + 1].Text.Trim()))
                {
                    yield return Locate(lines, commands[i + 1], commands[i + 1].Text.Trim(), test.Value, FailureIgnored);
                }
            }
        }

        private static IEnumerable<(string Evidence, string Reason)> SameLineEvidence(string afterCommand)
        {
            var ignored = IgnoredOnSameLine.Match(afterCommand);
            if (ignored.Success)
            {
                yield return (ignored.Value, FailureIgnored);
            }

            var echoed = EchoedFailure.Match(afterCommand);
            if (!ignored.Success && echoed.Success && !StillFails.IsMatch(afterCommand[(echoed.Index + echoed.Length)..]))
            {
                yield return (echoed.Value, FailureIgnored);
            }

            var exitCode = TestCommands.FailureIgnoredIn(afterCommand);
            if (exitCode is not null && !exitCode.StartsWith("TESTINGPLATFORM_EXITCODE_IGNORE", StringComparison.OrdinalIgnoreCase))
            {
                yield return (exitCode, FailureIgnored);
            }

            var excluded = TestCommands.ExclusionIn(afterCommand);
            if (excluded is not null)
            {
                yield return (excluded, TestsLeftOut);
            }
        }

        private static bool IsComment(string text)
        {
            var trimmed = text.TrimStart();
            return trimmed.Length == 0
                || trimmed.StartsWith('#')
                || trimmed.StartsWith("::", StringComparison.Ordinal)
                || trimmed.StartsWith("REM ", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The physical line of the logical command that holds the evidence, and its column there.</summary>
        private static ScriptEvidence Locate(IReadOnlyList<string> lines, LogicalLine command, string evidence, string testCommand, string reason)
        {
            for (var index = command.First; index <= command.Last; index++)
            {
                var column = lines[index].IndexOf(evidence, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return new ScriptEvidence(index, column + 1, evidence, testCommand, reason);
                }
            }

            // Evidence that spans a continuation: point at the command's first line.
            return new ScriptEvidence(command.First, 1, evidence, testCommand, reason);
        }

        private static IEnumerable<LogicalLine> LogicalLines(IReadOnlyList<string> lines)
        {
            var index = 0;
            while (index < lines.Count)
            {
                var first = index;
                var text = new StringBuilder(lines[index]);
                while (EndsWithContinuation(lines[index]) && index + 1 < lines.Count)
                {
                    index++;
                    if (text.Length < MaxLogicalLine)
                    {
                        text.Length = text.ToString().TrimEnd().Length - 1;
                        text.Append(' ').Append(lines[index]);
                    }
                }

                yield return new LogicalLine(text.ToString(), first, index);
                index++;
            }
        }

        private static bool EndsWithContinuation(string line)
        {
            var trimmed = line.TrimEnd();
            return trimmed.EndsWith('\\') || trimmed.EndsWith('`') || trimmed.EndsWith('^');
        }

        private readonly record struct LogicalLine(string Text, int First, int Last);
    }
}
