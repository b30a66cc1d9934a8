using System.Collections.Immutable;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// The files of the scanned tree that the repository checks read: every path is absolute; <see cref="Root"/> is the scan
    /// root that findings are reported relative to. <see cref="AllFiles"/> holds every non-ignored file under the root
    /// (bin/obj/.git excluded), so a check can find what it needs (workflows, scripts, editorconfigs) by name.
    /// </summary>
    public sealed record RepositoryFiles(
        string Root,
        ImmutableArray<string> SolutionFiles,
        ImmutableArray<string> ProjectFiles,
        ImmutableArray<string> AllFiles);
}
