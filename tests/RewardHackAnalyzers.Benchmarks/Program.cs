using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RewardHack.Cli.Loading;
using RewardHack.Cli.Scanning;

namespace RewardHackAnalyzers.Benchmarks
{
    /// <summary>
    /// Usage: <c>RewardHackAnalyzers.Benchmarks PATH [--repeat N] [--markdown FILE] [--pack NAME]</c>. Loads PATH with the scanner's XML
    /// loader, then times the compiler and every analyzer of the RH pack, xunit.analyzers and Meziantou.Analyzer on each
    /// scanned project: one warm-up run, then N measured runs (default 5). --pack keeps one pack only (for a profiler).
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            if (!Arguments.TryParse(args, out var arguments, out var error))
            {
                await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
                await Console.Error.WriteLineAsync("usage: RewardHackAnalyzers.Benchmarks PATH [--repeat N] [--markdown FILE] [--pack NAME]").ConfigureAwait(false);
                return 2;
            }

            var notices = new NoticeLog(Path.GetFullPath(arguments.Path));
            if (ScanInputResolver.Resolve(arguments.Path, notices, out var inputError) is not { } input)
            {
                await Console.Error.WriteLineAsync(inputError).ConfigureAwait(false);
                return 2;
            }

            var projects = XmlProjectLoader.Load(input, notices, CancellationToken.None)
                .Where(p => p.IsScanned && p.Compilation.SyntaxTrees.Any())
                .ToImmutableArray();
            var lines = projects.SelectMany(p => p.Compilation.SyntaxTrees).Sum(t => t.GetText().Lines.Count);
            ImmutableArray<AnalyzerPack> packs = [new AnalyzerPack("RewardHackAnalyzers", AnalyzerCatalog.All), .. PeerAnalyzers.Load()];
            packs = packs.Where(p => arguments.Pack is null || p.Name == arguments.Pack).ToImmutableArray();
            var analyzers = packs.SelectMany(p => p.Analyzers).ToImmutableArray();
            Console.WriteLine($"{projects.Length} projects, {lines:N0} lines; {string.Join(", ", packs.Select(p => $"{p.Name}: {p.Analyzers.Length} analyzers"))}");

            var repeats = new List<IReadOnlyList<CompilationTimes>>();
            for (var run = 0; run <= arguments.Repeat; run++)
            {
                var times = new List<CompilationTimes>();
                foreach (var project in projects)
                {
                    times.Add(await CompilationTimer.MeasureAsync(project.Compilation, analyzers, project.AnalyzerOptions, CancellationToken.None).ConfigureAwait(false));
                }

                Console.WriteLine(run == 0 ? "warm-up done" : $"run {run} of {arguments.Repeat} done");
                if (run > 0)
                {
                    repeats.Add(times);
                }
            }

            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(arguments.Path)));
            var result = new BenchmarkResult(name, projects.Length, lines, packs, repeats);
            Console.WriteLine();
            Console.WriteLine(ReportTable.Text(result));
            if (arguments.Markdown is { } markdown)
            {
                await File.WriteAllTextAsync(markdown, ReportTable.Markdown(result)).ConfigureAwait(false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Markdown written to {markdown}"));
            }

            return 0;
        }
    }
}
