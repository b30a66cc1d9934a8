using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Scanning
{
    /// <summary>The scanner's exit codes, and the gate that picks one for a scan result.</summary>
    public static class ExitCodes
    {
        public const int Clean = 0;
        public const int Findings = 1;
        public const int UsageOrInputError = 2;
        public const int AnalyzerFailure = 3;

        /// <summary>3 when an analyzer failed (the result is incomplete), else 1 for a finding at or above the threshold, else 0.</summary>
        public static int For(ScanResult result, FailOn failOn)
        {
            if (!result.Failures.IsEmpty)
            {
                return AnalyzerFailure;
            }

            return failOn != FailOn.None && result.Findings.Any(f => Level(f.Severity) >= (int)failOn) ? Findings : Clean;
        }

        private static int Level(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => (int)FailOn.Error,
            DiagnosticSeverity.Warning => (int)FailOn.Warning,
            DiagnosticSeverity.Info => (int)FailOn.Info,
            _ => (int)FailOn.None,
        };
    }
}
