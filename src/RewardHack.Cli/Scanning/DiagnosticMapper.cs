using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Scanning
{
    /// <summary>An analyzer diagnostic as a <see cref="Finding"/>: path relative to the scan root, 1-based span, effective severity.</summary>
    public static class DiagnosticMapper
    {
        public static Finding ToFinding(Diagnostic diagnostic, string root, string? projectFile)
        {
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            // Source and additional-file locations alike; the unmapped span, so a #line directive cannot move a finding.
            var span = diagnostic.Location.GetLineSpan();
            if (span.IsValid && !string.IsNullOrEmpty(span.Path))
            {
                return new Finding(
                    diagnostic.Descriptor,
                    diagnostic.Severity,
                    message,
                    ScanPaths.Relative(root, span.Path),
                    new SourceSpan(span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1));
            }

            // A compilation-wide diagnostic belongs to the project as a whole.
            return new Finding(diagnostic.Descriptor, diagnostic.Severity, message, projectFile is null ? "." : ScanPaths.Relative(root, projectFile), SourceSpan.None);
        }
    }
}
