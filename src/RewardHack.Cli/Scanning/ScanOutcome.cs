using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Scanning
{
    /// <summary>A finished scan, or the one-line reason the input could not be scanned at all (exit code 2).</summary>
    public sealed record ScanOutcome(ScanResult? Result, string? InputError)
    {
        public static ScanOutcome Failed(string error) => new(null, error);
    }
}
