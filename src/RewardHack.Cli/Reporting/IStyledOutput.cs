namespace RewardHack.Cli.Reporting
{
    /// <summary>Where the text report writes: the same calls give plain text or ANSI colour, so both outputs share one layout.</summary>
    internal interface IStyledOutput
    {
        void Write(string text, TextStyle style = TextStyle.Plain);

        void EndLine();
    }
}
