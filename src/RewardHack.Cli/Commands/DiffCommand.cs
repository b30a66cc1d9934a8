using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using RewardHack.Cli.Regression;
using RewardHack.Cli.Scanning;

namespace RewardHack.Cli.Commands
{
    /// <summary>`rewardhack diff --base REV [--head REV] [PATH]`: tests weakened between two revisions (RH0701–RH0705) plus the scan of the touched files.</summary>
    public static class DiffCommand
    {
        public static Command Create(CliConsole console)
        {
            var path = new Argument<string>("path") { Description = "A folder inside a git repository (default: the current folder).", DefaultValueFactory = _ => "." };
            var baseRevision = new Option<string>("--base") { Description = "The revision the tests are compared against, e.g. origin/main.", Required = true };
            var headRevision = new Option<string?>("--head") { Description = "The revision to judge (default: the working tree, with untracked files)." };
            var format = new Option<string>("--format", "-f") { Description = $"Report format: {ScanCommand.FormatList}.", DefaultValueFactory = _ => "text" };
            var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
            var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding has this severity or higher.", DefaultValueFactory = _ => "warning" };
            failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
            var include = new Option<string[]>("--include") { Description = "Report only findings in files matching this glob; repeatable." };
            var exclude = new Option<string[]>("--exclude") { Description = "Leave out findings in files matching this glob; repeatable." };
            var rules = new Option<string?>("--rules") { Description = "Report only these rules, comma-separated; a trailing * matches a prefix (RH07*)." };
            var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on the terminal." };

            var command = new Command(
                "diff",
                "Compare the tests of two revisions and report tests deleted, skipped or weakened (RH0701-RH0705), plus a scan of the files the diff touches. Both revisions are read through git; nothing from them runs.")
            {
                path, baseRevision, headRevision, format, output, failOn, include, exclude, rules, noProgress,
            };

            command.SetAction((parsed, cancellationToken) =>
            {
                var request = new DiffRequest(parsed.GetValue(path)!, parsed.GetValue(baseRevision)!)
                {
                    Head = parsed.GetValue(headRevision),
                    Rules = new RuleFilter(parsed.GetValue(rules)),
                    Paths = new PathFilter(parsed.GetValue(include) ?? [], parsed.GetValue(exclude) ?? []),
                };
                return ScanCommand.ReportAsync(
                    console,
                    request.Rules,
                    progress => TestDiff.RunAsync(request, progress, cancellationToken),
                    parsed.GetValue(format)!,
                    parsed.GetValue(output),
                    Enum.Parse<FailOn>(parsed.GetValue(failOn)!, ignoreCase: true),
                    !parsed.GetValue(noProgress));
            });
            return command;
        }
    }
}
