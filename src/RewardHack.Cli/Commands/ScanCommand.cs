using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RewardHack.Cli.Reporting;
using RewardHack.Cli.Scanning;

namespace RewardHack.Cli.Commands
{
    /// <summary>`rewardhack scan PATH`: the options, their validation, the scan, the report and the exit code.</summary>
    public static class ScanCommand
    {
        private const string Formats = "text, json, sarif, markdown, github, agent";

        /// <summary>The formats, as the options' help and errors list them.</summary>
        internal const string FormatList = Formats;

        public static Command Create(CliConsole console)
        {
            var path = new Argument<string>("path") { Description = "A .sln, .slnx, .csproj, a folder (every project under it) or a single .cs file." };
            var format = new Option<string>("--format", "-f") { Description = $"Report format: {Formats}.", DefaultValueFactory = _ => "text" };
            var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
            var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding has this severity or higher.", DefaultValueFactory = _ => "warning" };
            failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
            var changedSince = new Option<string?>("--changed-since") { Description = "Report only files changed since this git revision (and untracked files), e.g. origin/main." };
            // Repeated rather than space-separated, so a glob list never swallows the path argument.
            var include = new Option<string[]>("--include") { Description = "Report only findings in files matching this glob (relative to the scanned folder, e.g. 'src/**'); repeatable." };
            var exclude = new Option<string[]>("--exclude") { Description = "Leave out findings in files matching this glob; repeatable." };
            var rules = new Option<string?>("--rules") { Description = "Report only these rules, comma-separated; a trailing * matches a prefix (RH0001,RH01*)." };
            var msbuild = new Option<bool>("--msbuild") { Description = "Load projects with MSBuild for exact fidelity. This RUNS the projects' build logic (props, targets, tasks): only for trusted code." };
            var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on the terminal." };

            var command = new Command("scan", "Scan C# code for reward hacks without building it: project files are read as XML, nothing from the scanned tree runs.")
            {
                path, format, output, failOn, changedSince, include, exclude, rules, msbuild, noProgress,
            };

            command.SetAction((parsed, cancellationToken) => RunAsync(
                console,
                new ScanRequest(parsed.GetValue(path)!)
                {
                    UseMsBuild = parsed.GetValue(msbuild),
                    ChangedSince = parsed.GetValue(changedSince),
                    Rules = new RuleFilter(parsed.GetValue(rules)),
                    Paths = new PathFilter(parsed.GetValue(include) ?? [], parsed.GetValue(exclude) ?? []),
                },
                parsed.GetValue(format)!,
                parsed.GetValue(output),
                Enum.Parse<FailOn>(parsed.GetValue(failOn)!, ignoreCase: true),
                !parsed.GetValue(noProgress),
                cancellationToken));
            return command;
        }

        private static Task<int> RunAsync(
            CliConsole console,
            ScanRequest request,
            string format,
            string? outputPath,
            FailOn failOn,
            bool showProgress,
            CancellationToken cancellationToken)
        {
            return ReportAsync(console, request.Rules, progress => Scanner.ScanAsync(request, progress, cancellationToken), format, outputPath, failOn, showProgress);
        }

        /// <summary>
        /// Validates the format and rules, runs <paramref name="run"/> with progress, writes the report and picks the exit code:
        /// the part of `scan` that `diff` shares.
        /// </summary>
        internal static async Task<int> ReportAsync(
            CliConsole console,
            RuleFilter rules,
            Func<IProgress<string>?, Task<ScanOutcome>> run,
            string format,
            string? outputPath,
            FailOn failOn,
            bool showProgress)
        {
            if (console.ReportWriterFor(format) is not { } writer)
            {
                return await UsageError(console, $"unknown format '{format}'; use one of {Formats}.").ConfigureAwait(false);
            }

            if (rules.Patterns.FirstOrDefault(p => !p.StartsWith("RH", StringComparison.OrdinalIgnoreCase)) is { } badRule)
            {
                return await UsageError(console, $"--rules: '{badRule}' is not a rule id (RH0001) or prefix (RH01*).").ConfigureAwait(false);
            }

            var outcome = await ScanProgress.RunAsync(console, showProgress, run).ConfigureAwait(false);
            if (outcome.Result is not { } result)
            {
                return await UsageError(console, outcome.InputError!).ConfigureAwait(false);
            }

            foreach (var failure in result.Failures)
            {
                await console.Error.WriteLineAsync($"rewardhack: analyzer {failure.Analyzer} failed on {failure.Project}: {failure.Message}").ConfigureAwait(false);
            }

            if (outputPath is null)
            {
                writer.Write(result, console.Out);
            }
            else if (!await TryWriteFileAsync(console, writer, result, outputPath).ConfigureAwait(false))
            {
                return ExitCodes.UsageOrInputError;
            }

            return ExitCodes.For(result, failOn);
        }

        private static async Task<bool> TryWriteFileAsync(CliConsole console, IReportWriter writer, Findings.ScanResult result, string outputPath)
        {
            try
            {
                await using var file = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                writer.Write(result, file);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await UsageError(console, $"cannot write '{outputPath}': {e.Message}").ConfigureAwait(false);
                return false;
            }
        }

        private static async Task<int> UsageError(CliConsole console, string message)
        {
            await console.Error.WriteLineAsync("rewardhack: " + message).ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }
    }
}
