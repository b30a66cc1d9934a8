using System.Collections.Immutable;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>Every BuildTampering check the scanner runs over the scanned tree's build, configuration and CI files.</summary>
    public static class RepositoryChecks
    {
        public static ImmutableArray<IRepositoryCheck> All { get; } = ImmutableArray.Create<IRepositoryCheck>(
            new TestsExcludedFromBuildCheck(),
            new AnalyzersSwitchedOffInBuildCheck(),
            new RulesSwitchedOffInAnalyzerConfigCheck(),
            new CiTestStepNeutralisedCheck(),
            new TestRunOverriddenCheck());
    }
}
