using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// A compilation ready for the analyzers, with the options a build would give them. <see cref="IsTestProject"/> decides
    /// the analysis order (test projects first); <see cref="IsScanned"/> is false for a project loaded only because a
    /// scanned project references it.
    /// </summary>
    public sealed record LoadedProject(
        string Name,
        string? ProjectFile,
        bool IsTestProject,
        bool IsScanned,
        Compilation Compilation,
        AnalyzerOptions AnalyzerOptions);
}
