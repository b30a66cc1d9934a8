namespace RewardHack.Cli.Regression
{
    /// <summary>A base test and what became of it at the head: the same test (by id, or renamed or moved with the same body), a method that is no longer a test, or nothing.</summary>
    internal sealed record TestMatch(SnapshotTest Base, SnapshotTest? Head);
}
