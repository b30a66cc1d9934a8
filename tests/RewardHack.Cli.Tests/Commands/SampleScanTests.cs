using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Shared;

namespace RewardHack.Cli.Tests.Commands
{
    /// <summary>
    /// The scanner against the repository's samples: it reports exactly the findings the build of HackedKata reports
    /// (one shared list, also read by the analyzer tests' SampleTests), and nothing on HonestKata.
    /// </summary>
    public class SampleScanTests
    {
        [Fact]
        public async Task HackedKata_scan_reports_exactly_the_findings_its_build_reports()
        {
            var run = await CliRun.Of("scan", RepoPaths.Sample("HackedKata"), "--no-progress");

            var expected = HackedKataFindings.All.Select(f => $"{f.File}:{f.Line} {f.Severity} {f.Id}").Order().ToArray();
            var actual = run.OutLines.Where(l => !l.StartsWith("notice ", System.StringComparison.Ordinal))
                .Select(ToComparable).Order().ToArray();
            Assert.Equal(expected, actual);
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public async Task HonestKata_scan_is_clean()
        {
            var run = await CliRun.Of("scan", RepoPaths.Sample("HonestKata"), "--no-progress");

            Assert.Equal(string.Empty, run.Out);
            Assert.Equal(string.Empty, run.Error);
            Assert.Equal(0, run.ExitCode);
        }

        // "OrderPricing/Money.cs(40,9): Warning RH0001" → "OrderPricing/Money.cs:40 warning RH0001"
        private static string ToComparable(string line)
        {
            var open = line.IndexOf('(', System.StringComparison.Ordinal);
            var comma = line.IndexOf(',', open);
            var parts = line[(line.IndexOf("): ", System.StringComparison.Ordinal) + 3)..].Split(' ');
            return $"{line[..open]}:{line[(open + 1)..comma]} {parts[0].ToLowerInvariant()} {parts[1]}";
        }
    }
}
