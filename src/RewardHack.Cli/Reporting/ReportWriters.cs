using System.Collections.Immutable;
using System.Linq;

namespace RewardHack.Cli.Reporting
{
    /// <summary>The `--format` values the scanner accepts, one writer each.</summary>
    public static class ReportWriters
    {
        public static ImmutableArray<IReportWriter> All { get; } = ImmutableArray<IReportWriter>.Empty;

        public static IReportWriter? For(string format) =>
            All.FirstOrDefault(w => string.Equals(w.Format, format, System.StringComparison.OrdinalIgnoreCase));
    }
}
