using System.Threading;
using Microsoft.CodeAnalysis;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Gives the compilation the per-file severities (`dotnet_diagnostic.RH0001.severity`) and `generated_code` flags of the
    /// analyzer config files, so a rule set to none is not reported and severities are the ones a build would use.
    /// </summary>
    public sealed class ConfigSyntaxTreeOptions(ConfigOptionsProvider options) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            options.ResultFor(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var value)
                ? (bool.TryParse(value, out var generated) && generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated)
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            options.ResultFor(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            options.Global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
