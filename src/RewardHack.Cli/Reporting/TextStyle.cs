namespace RewardHack.Cli.Reporting
{
    /// <summary>The roles of text in the text report; only the coloured output distinguishes them.</summary>
    internal enum TextStyle
    {
        Plain,
        Heading,
        RuleId,
        Detail,
        Error,
        Warning,
        Info,
        Clean,
    }
}
