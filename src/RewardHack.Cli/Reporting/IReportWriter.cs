using System.IO;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>One output format (`--format`): writes a whole scan result to a text writer.</summary>
    public interface IReportWriter
    {
        /// <summary>The `--format` value, e.g. "sarif".</summary>
        string Format { get; }

        void Write(ScanResult result, TextWriter output);
    }
}
