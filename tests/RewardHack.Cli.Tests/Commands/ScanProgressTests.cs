using System;
using System.IO;
using System.Threading.Tasks;
using RewardHack.Cli.Commands;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>The progress display: silent for quick scans and off a terminal, on standard error for slow ones.</summary>
    public class ScanProgressTests
    {
        [Fact]
        public async Task Quick_scan_on_a_terminal_shows_nothing()
        {
            var (console, error) = Terminal();

            var result = await ScanProgress.RunAsync(console, enabled: true, progress => Task.FromResult(42));

            Assert.Equal(42, result);
            Assert.Equal(string.Empty, error.ToString());
        }

        [Fact]
        public async Task Slow_scan_on_a_terminal_shows_its_latest_step_on_standard_error()
        {
            var (console, error) = Terminal();

            var result = await ScanProgress.RunAsync(console, enabled: true, async progress =>
            {
                progress!.Report("Analysed Shop (1/2)");
                await Task.Delay(TimeSpan.FromSeconds(2.5));
                return 42;
            });

            Assert.Equal(42, result);
            Assert.Contains("Analysed Shop (1/2)", error.ToString(), StringComparison.Ordinal);
            Assert.Equal(string.Empty, console.Out.ToString());
        }

        [Fact]
        public async Task Off_a_terminal_no_progress_is_reported()
        {
            var console = new CliConsole(new StringWriter(), new StringWriter(), IsTerminal: false, _ => null);
            IProgress<string>? given = new Progress<string>();

            await ScanProgress.RunAsync(console, enabled: true, progress =>
            {
                given = progress;
                return Task.FromResult(0);
            });

            Assert.Null(given);
        }

        private static (CliConsole Console, StringWriter Error) Terminal()
        {
            var error = new StringWriter();
            return (new CliConsole(new StringWriter(), error, IsTerminal: true, _ => null), error);
        }
    }
}
