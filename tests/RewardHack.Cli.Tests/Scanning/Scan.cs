using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Scanning;

namespace RewardHack.Cli.Tests.Scanning
{
    /// <summary>In-process scans for tests, and findings in a short comparable form.</summary>
    internal static class Scan
    {
        public static async Task<ScanResult> Of(ScanRequest request)
        {
            var outcome = await Scanner.ScanAsync(request, progress: null, default);
            Assert.True(outcome.Result is not null, "The scan failed on its input: " + outcome.InputError);
            return outcome.Result!;
        }

        public static Task<ScanResult> Of(string path) => Of(new ScanRequest(path));

        /// <summary>Each finding as "path:line severity id", in report order.</summary>
        public static string[] Lines(ScanResult result) =>
            [.. result.Findings.Select(f => $"{f.Path}:{f.Span.StartLine} {f.Severity.ToString().ToLowerInvariant()} {f.RuleId}")];

        public static string[] Notices(ScanResult result) => [.. result.Notices.Select(n => $"{n.Path}: {n.Message}")];
    }
}
