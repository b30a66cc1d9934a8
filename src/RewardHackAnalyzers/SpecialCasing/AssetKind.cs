namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>What an <see cref="AssetReaders"/> argument names: a file, a directory or a manifest resource.</summary>
    internal enum AssetKind
    {
        File,
        Directory,
        Resource,
    }
}
