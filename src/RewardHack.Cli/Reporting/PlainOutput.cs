using System.IO;

namespace RewardHack.Cli.Reporting
{
    /// <summary>Plain text, styles ignored: no escape code ever reaches the writer.</summary>
    internal sealed class PlainOutput : IStyledOutput
    {
        private readonly TextWriter output;

        public PlainOutput(TextWriter output) => this.output = output;

        public void Write(string text, TextStyle style = TextStyle.Plain) => output.Write(text);

        public void EndLine() => output.WriteLine();
    }
}
