namespace RewardHackAnalyzers.Catalog
{
    /// <summary>OversightEvasion (RH0501–RH0599): switching off the checks that watch for reward hacks.</summary>
    public static partial class Rules
    {
        internal const string OversightEvasionRationale =
            "Suppressing the monitor hides the signal reviewers depend on, without them knowing it is gone. " +
            "That violates Legitimacy Maintenance: behaviour is concealed from oversight; and Non-Domination: those affected " +
            "can no longer contest what they cannot see.";
    }
}
