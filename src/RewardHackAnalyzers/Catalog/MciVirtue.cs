namespace RewardHackAnalyzers.Catalog
{
    /// <summary>The five virtues of the MCI framework; every rule names the ones its pattern violates.</summary>
    public enum MciVirtue
    {
        SelfLimitation,
        FragilityAwareness,
        DiversityPreservation,
        NonDomination,
        LegitimacyMaintenance,
    }
}
