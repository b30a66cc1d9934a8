namespace RewardHackAnalyzers.Catalog
{
    /// <summary>FakedSuccess (RH0101–RH0199): leaving, or reporting success, before the checks can fail.</summary>
    public static partial class Rules
    {
        internal const string FakedSuccessRationale =
            "Leaving before the checks run, or swallowing their failure, reports success for checks that never executed. " +
            "That violates Legitimacy Maintenance: the green result was not earned and nobody can see that; " +
            "Fragility-Awareness: it exploits the harness everyone relies on; and Self-Limitation: it optimises the verdict, not the behaviour.";
    }
}
