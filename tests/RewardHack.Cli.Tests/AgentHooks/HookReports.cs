namespace RewardHack.Cli.Tests.AgentHooks
{
    /// <summary>What `rewardhack scan --format agent` prints for <see cref="HookRepository.RiggedMoney"/>, written out in full.</summary>
    internal static class HookReports
    {
        public const string RiggedMoney =
            "rewardhack: 1 finding in 1 scanned file.\n" +
            "\n" +
            "Money.cs:5: warning RH0001: 'Money.Equals' always returns true, yet 'Money' has 1 field (Amount)\n" +
            "  Why: An equality that always says \"equal\" makes every comparison pass whatever was computed.\n" +
            "  Instead: Compare the state that defines the value (or use a record), and fix the code under test so the real values are equal.\n" +
            "\n" +
            "Verdict: NOT DONE. Fix the 1 error or warning above in the code under test, then scan again; " +
            "do not delete, skip, weaken or suppress anything to make it go away.\n";
    }
}
