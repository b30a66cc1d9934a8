using System;
using System.Threading.Tasks;
using Spectre.Console;

namespace RewardHack.Cli.Commands
{
    /// <summary>
    /// The progress display of a scan: only on a terminal, only once the scan has taken a couple of seconds (a quick scan
    /// prints nothing extra), and on standard error so a report on standard output stays clean.
    /// </summary>
    public static class ScanProgress
    {
        private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

        public static async Task<T> RunAsync<T>(CliConsole console, bool enabled, Func<IProgress<string>?, Task<T>> scan)
        {
            if (!enabled || !console.IsTerminal)
            {
                return await scan(null).ConfigureAwait(false);
            }

            var latest = new LatestMessage();
            var task = scan(latest);
            if (await Task.WhenAny(task, Task.Delay(Delay)).ConfigureAwait(false) == task)
            {
                return await task.ConfigureAwait(false);
            }

            await console.Ansi(console.Error).Status().StartAsync("Scanning", async context =>
            {
                while (!task.IsCompleted)
                {
                    context.Status(Markup.Escape(latest.Text));
                    await Task.WhenAny(task, Task.Delay(150)).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
            return await task.ConfigureAwait(false);
        }

        private sealed class LatestMessage : IProgress<string>
        {
            private volatile string text = "Scanning";

            public string Text => text;

            public void Report(string value) => text = value;
        }
    }
}
