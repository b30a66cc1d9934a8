namespace RewardHack.Cli.Reporting
{
    /// <summary>Whether the text report colours its output.</summary>
    public enum ColourMode
    {
        /// <summary>Colour only on an interactive terminal: the output is the console, not redirected, and NO_COLOR is unset.</summary>
        Auto,

        /// <summary>Always emit ANSI colour (e.g. `--color always`, or a CI log that renders it).</summary>
        Always,

        /// <summary>Plain text: files, pipes, tests, `--no-color`.</summary>
        Never,
    }
}
