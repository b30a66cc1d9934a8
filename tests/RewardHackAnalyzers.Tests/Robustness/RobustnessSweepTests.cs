using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Tests.Verifiers;
using Xunit.Abstractions;

namespace RewardHackAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Random mutants of every seed and sample file through every analyzer and every code fix. The suite runs a few per
    /// file; <c>RH_ROBUSTNESS_SWEEP=&lt;count&gt;</c> runs <c>count</c> per file for the large sweep (docs/quality.md,
    /// "Robustness"). A failure names the seed that rebuilds its mutant (<see cref="RandomMutations.Of"/>).
    /// </summary>
    public class RobustnessSweepTests(ITestOutputHelper output)
    {
        public const string CountVariable = "RH_ROBUSTNESS_SWEEP";

        private const int InSuiteCount = 3;

        public static TheoryData<string> Inputs => AnalyzerRobustnessTests.Inputs;

        /// <summary>Mutants per file: <see cref="CountVariable"/> when set, else the suite's few.</summary>
        public static int MutantsPerFile() =>
            int.TryParse(Environment.GetEnvironmentVariable(CountVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
                ? count
                : InSuiteCount;

        [Theory]
        [MemberData(nameof(Inputs))]
        public async Task Random_mutants_never_make_an_analyzer_or_code_fix_throw(string relativePath)
        {
            var (source, references) = AnalyzerRobustnessTests.Load(relativePath);
            var metadata = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var count = MutantsPerFile();
            var failures = new List<string>();
            var (diagnostics, fixes) = (0, 0);

            for (var index = 0; index < count; index++)
            {
                var seed = RandomMutations.Seed(relativePath, index);
                var mutant = RandomMutations.Of(source, seed);
                try
                {
                    var document = CodeFixRun.Document(mutant, metadata);
                    var run = await AnalyzerRun.RunAsync((await document.Project.GetCompilationAsync())!);
                    failures.AddRange(run.AnalyzerExceptions.Select(e => $"seed {seed}: {e}"));
                    diagnostics += run.Diagnostics.Length;
                    fixes += await CodeFixRun.ComputeAllFixesAsync(document, run.Diagnostics);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A code fix that throws (the IDE reports it as a crashed light bulb) — recorded with its seed.
                    failures.Add($"seed {seed}: {e}");
                }
            }

            output.WriteLine($"{relativePath}: {count} mutants, {diagnostics} diagnostics, {fixes} code fixes computed, {failures.Count} failures");
            Assert.True(failures.Count == 0, $"{relativePath}, RandomMutations.Of(source, seed):\n" + string.Join("\n", failures));
        }
    }
}
