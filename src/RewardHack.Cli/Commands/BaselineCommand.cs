using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RewardHack.Cli.Contract;
using RewardHack.Cli.Scanning;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Commands
{
    /// <summary>
    /// `rewardhack baseline [PATH] [--output FILE]`: writes the test contract (docs/test-contract.md) that RH0706 holds the
    /// tests to. Exit 0 when written; 2 for a bad path, a tree without test projects, or a file that cannot be written.
    /// </summary>
    public static class BaselineCommand
    {
        public static Command Create(CliConsole console)
        {
            var path = new Argument<string>("path")
            {
                Description = "A .sln, .slnx, .csproj or folder whose test projects to record; the current folder by default.",
                DefaultValueFactory = _ => ".",
            };
            var output = new Option<string?>("--output", "-o")
            {
                Description = $"Write the contract to this file ('-' for standard output); {TestContracts.FileName} in the scanned folder by default.",
            };
            var command = new Command("baseline", "Record the test contract: per test its state, data rows, assertion count, kinds and expected values, for RH0706 to hold the tests to.")
            {
                path, output,
            };
            command.SetAction((parsed, cancellationToken) => RunAsync(console, parsed.GetValue(path)!, parsed.GetValue(output), cancellationToken));
            return command;
        }

        private static async Task<int> RunAsync(CliConsole console, string path, string? output, CancellationToken cancellationToken)
        {
            var outcome = ContractBaseline.Create(path, cancellationToken);
            if (outcome.Baseline is not { } baseline)
            {
                return await Fail(console, outcome.Error!).ConfigureAwait(false);
            }

            foreach (var notice in baseline.Notices)
            {
                await console.Error.WriteLineAsync($"rewardhack: notice: {notice.Path}: {notice.Message}").ConfigureAwait(false);
            }

            if (output == "-")
            {
                await console.Out.WriteAsync(baseline.Text).ConfigureAwait(false);
                return ExitCodes.Clean;
            }

            var file = output ?? Path.Combine(baseline.Root, TestContracts.FileName);
            try
            {
                await File.WriteAllTextAsync(file, baseline.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return await Fail(console, $"cannot write '{file}': {e.Message}").ConfigureAwait(false);
            }

            await console.Out.WriteLineAsync($"Recorded {baseline.Tests} test(s) of {baseline.Projects} test project(s) in {file}.").ConfigureAwait(false);
            return ExitCodes.Clean;
        }

        private static async Task<int> Fail(CliConsole console, string message)
        {
            await console.Error.WriteLineAsync("rewardhack: " + message).ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }
    }
}
