namespace RewardHackAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// The tests that spawn real builds. They run one at a time, after the parallel unit tests, so the builds
    /// neither compete with each other for this machine's cores nor touch the same project outputs at once.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class EndToEndGroup
    {
        public const string Name = "EndToEnd";
    }
}
