using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using RewardHack.Cli.Scanning;

namespace RewardHack.Cli.Commands
{
    /// <summary>
    /// The `rewardhack` command line: `scan`, `rules`, `explain`, `baseline`. Usage errors exit with 2 and one line per problem; an
    /// unexpected exception becomes one line and exit code 3 (2 for an I/O problem), never a stack trace.
    /// </summary>
    public static class CliApp
    {
        public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
        {
            var root = new RootCommand("Finds reward hacks (code that makes tests pass without doing the work) in C# code, without building it.")
            {
                ScanCommand.Create(console),
                RulesCommand.Create(console),
                ExplainCommand.Create(console),
                DiffCommand.Create(console),
                BaselineCommand.Create(console),
            };

            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    await console.Error.WriteLineAsync("rewardhack: " + error.Message).ConfigureAwait(false);
                }

                await console.Error.WriteLineAsync("Run 'rewardhack --help' for usage.").ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }

            try
            {
                var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
                return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await console.Error.WriteLineAsync("rewardhack: cancelled.").ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync("rewardhack: " + e.Message).ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }
#pragma warning disable CA1031 // The top-level handler: any other failure is the tool's, reported in one line with exit code 3.
            catch (Exception e)
#pragma warning restore CA1031
            {
                await console.Error.WriteLineAsync($"rewardhack: internal error ({e.GetType().Name}): {e.Message}").ConfigureAwait(false);
                return ExitCodes.AnalyzerFailure;
            }
        }
    }
}
