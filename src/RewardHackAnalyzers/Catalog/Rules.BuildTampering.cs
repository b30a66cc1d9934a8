namespace RewardHackAnalyzers.Catalog
{
    /// <summary>BuildTampering (RH0601–RH0699), reported by the scanner: tests excluded from the build, analyzers switched off, CI test steps neutralised.</summary>
    public static partial class Rules
    {
        internal const string BuildTamperingRationale =
            "The build goes green because less is checked, not because more works. That violates Non-Domination: the team's " +
            "shared gate is bent by the one it is meant to judge; Legitimacy Maintenance: the weakening sits in build and CI " +
            "files reviewers rarely read; and Fragility-Awareness: every later change passes the same silenced gate.";
    }
}
