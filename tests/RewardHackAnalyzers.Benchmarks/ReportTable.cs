using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace RewardHackAnalyzers.Benchmarks
{
    /// <summary>The result as rows (analyzer, pack, ms, ms per 1k lines, share of compile time), as text or Markdown.</summary>
    public static class ReportTable
    {
        private const int PeerRowsShown = 5;

        public static string Text(BenchmarkResult result) => Render(result, markdown: false);

        public static string Markdown(BenchmarkResult result) => Render(result, markdown: true);

        private static string Render(BenchmarkResult result, bool markdown)
        {
            var builder = new StringBuilder();
            var invariant = CultureInfo.InvariantCulture;
            builder.AppendLine(invariant, $"{(markdown ? "### " : "")}{result.Codebase}: {result.Projects} projects, {result.Lines:N0} lines, median of {result.Repeats} runs after a warm-up");
            builder.AppendLine();
            builder.AppendLine(invariant, $"- compiler, GetDiagnostics (declarations + method bodies): {Ms(result.Diagnose)} ms ({result.CompilerErrors} compiler errors: references the XML loader could not resolve)");
            builder.AppendLine(invariant, $"- compiler, Emit to memory: {Ms(result.Emit)} ms over the {result.EmittedProjects} of {result.Projects} projects without errors");
            builder.AppendLine(invariant, $"- analyzer run (wall, all packs, sequential): {Ms(result.Analysis)} ms; analyzer exceptions: {result.AnalyzerExceptions}");
            builder.AppendLine();

            var rows = new List<string[]>();
            foreach (var pack in result.Packs)
            {
                rows.Add(Row(result, $"{(markdown ? "**" : "")}{pack.Name} (all {pack.Analyzers.Length}, {result.DiagnosticsPerPack[pack.Name]} diagnostics){(markdown ? "**" : "")}", pack.Name, result.PackTime(pack)));
            }

            foreach (var pack in result.Packs)
            {
                // Every RH analyzer is listed (the "no rule dominates" check); the peers only by their costliest.
                var ordered = pack.Analyzers.OrderByDescending(a => result.PerAnalyzer[a]).ToList();
                var shown = pack == result.Packs[0] ? ordered : ordered.Take(PeerRowsShown).ToList();
                rows.AddRange(shown.Select(a => Row(result, a.GetType().Name, pack.Name, result.PerAnalyzer[a])));
            }

            var header = new[] { "analyzer", "pack", "ms", "ms / 1k lines", "% of GetDiagnostics" };
            if (markdown)
            {
                builder.AppendLine("| " + string.Join(" | ", header) + " |");
                builder.AppendLine("| --- | --- | ---: | ---: | ---: |");
                rows.ForEach(r => builder.AppendLine("| " + string.Join(" | ", r) + " |"));
            }
            else
            {
                var widths = Enumerable.Range(0, header.Length).Select(i => rows.Append(header).Max(r => r[i].Length)).ToArray();
                string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i < 2 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));
                builder.AppendLine(Line(header));
                rows.ForEach(r => builder.AppendLine(Line(r)));
            }

            return builder.ToString();
        }

        private static string[] Row(BenchmarkResult result, string name, string pack, TimeSpan time) =>
        [
            name,
            pack,
            Ms(time),
            (time.TotalMilliseconds * 1000 / Math.Max(1, result.Lines)).ToString("0.00", CultureInfo.InvariantCulture),
            (100 * time.TotalMilliseconds / Math.Max(1, result.Diagnose.TotalMilliseconds)).ToString("0.00", CultureInfo.InvariantCulture) + " %",
        ];

        private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
