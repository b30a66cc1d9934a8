using System.Collections.Immutable;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// What a scan path stands for: the root findings are relative to, the project files to load, the source files that
    /// belong to no project (loaded as one ad-hoc compilation), and the tree's files for the repository checks.
    /// </summary>
    public sealed record ScanInput(
        string Root,
        ImmutableArray<string> ProjectFiles,
        ImmutableArray<string> LooseSourceFiles,
        ImmutableArray<string> SolutionFiles,
        ImmutableArray<string> AllFiles,
        string? ScannedSolution = null);
}
