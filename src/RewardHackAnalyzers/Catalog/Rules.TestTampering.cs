namespace RewardHackAnalyzers.Catalog
{
    /// <summary>TestTampering (RH0301–RH0399): replacing or intercepting the test framework's failure mechanism.</summary>
    public static partial class Rules
    {
        internal const string TestTamperingRationale =
            "Replacing or intercepting the framework's failure mechanism lets the code grade itself. " +
            "That violates Non-Domination: reviewers and CI depend on a verdict they cannot contest; Legitimacy Maintenance: " +
            "the pass is fabricated out of sight; and Fragility-Awareness: it breaks infrastructure every test relies on.";
    }
}
