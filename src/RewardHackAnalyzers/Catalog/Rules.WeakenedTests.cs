namespace RewardHackAnalyzers.Catalog
{
    /// <summary>WeakenedTests (RH0401–RH0499): tests that can no longer fail.</summary>
    public static partial class Rules
    {
        internal const string WeakenedTestsRationale =
            "A test that cannot fail keeps the suite looking complete while it checks less. " +
            "That violates Diversity Preservation: an independent check is collapsed into a hollow one; Legitimacy Maintenance: " +
            "the suite claims coverage it does not have; and Fragility-Awareness: regressions now pass unnoticed.";
    }
}
