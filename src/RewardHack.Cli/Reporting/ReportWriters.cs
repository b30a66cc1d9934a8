using System.Collections.Immutable;
using System.Linq;

namespace RewardHack.Cli.Reporting
{
    /// <summary>The `--format` values the scanner accepts, one writer each; the first, text, is the default.</summary>
    public static class ReportWriters
    {
        public static ImmutableArray<IReportWriter> All { get; } = ImmutableArray.Create<IReportWriter>(
            new TextReportWriter(ColourMode.Auto),
            new JsonReportWriter(),
            new SarifReportWriter(),
            new MarkdownReportWriter(),
            new GitHubReportWriter(),
            new AgentReportWriter());

        public static IReportWriter? For(string format) =>
            All.FirstOrDefault(w => string.Equals(w.Format, format, System.StringComparison.OrdinalIgnoreCase));
    }
}
