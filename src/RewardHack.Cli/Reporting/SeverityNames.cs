using Microsoft.CodeAnalysis;

namespace RewardHack.Cli.Reporting
{
    /// <summary>How each format names a severity.</summary>
    internal static class SeverityNames
    {
        /// <summary>The scanner's own names (text, JSON, Markdown): error, warning, info, hidden.</summary>
        public static string Name(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };

        /// <summary>SARIF's result level enum: error, warning, note, none.</summary>
        public static string SarifLevel(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "note",
            _ => "none",
        };

        /// <summary>GitHub's workflow annotation commands: error, warning, notice.</summary>
        public static string GitHubCommand(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };

        /// <summary>Severities from most to least severe: the order every summary lists them in.</summary>
        public static readonly DiagnosticSeverity[] MostSevereFirst =
        {
            DiagnosticSeverity.Error,
            DiagnosticSeverity.Warning,
            DiagnosticSeverity.Info,
            DiagnosticSeverity.Hidden,
        };
    }
}
