namespace RewardHackAnalyzers.Catalog
{
    /// <summary>SpecialCasing (RH0201–RH0299): memorised answers for the test inputs, and code that behaves differently under a test runner.</summary>
    public static partial class Rules
    {
        internal const string SpecialCasingRationale =
            "Memorised answers for the exact test inputs pass the tests without the behaviour, and code that detects the test " +
            "runner is a different program from the one that ships. That violates Substantive Legitimacy: the tests certify work " +
            "that was not done; Fragility-Awareness: every input the tests did not name still fails; and Developmental " +
            "Prudence (constitutional luck): the code is right only because it is being watched.";
    }
}
