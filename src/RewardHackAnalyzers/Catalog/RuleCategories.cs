namespace RewardHackAnalyzers.Catalog
{
    /// <summary>Descriptor categories; one per rule family, each owning a block of ids (see docs/rules/README.md).</summary>
    public static class RuleCategories
    {
        public const string RiggedEquality = nameof(RiggedEquality);
        public const string FakedSuccess = nameof(FakedSuccess);
        public const string SpecialCasing = nameof(SpecialCasing);
        public const string TestTampering = nameof(TestTampering);
        public const string WeakenedTests = nameof(WeakenedTests);
        public const string OversightEvasion = nameof(OversightEvasion);
        public const string BuildTampering = nameof(BuildTampering);
        public const string TestRegression = nameof(TestRegression);
    }
}
