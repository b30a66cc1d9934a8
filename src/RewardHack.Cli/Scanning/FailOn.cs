namespace RewardHack.Cli.Scanning
{
    /// <summary>`--fail-on`: the lowest finding severity that makes the scan exit with 1.</summary>
    public enum FailOn
    {
        None,
        Info,
        Warning,
        Error,
    }
}
