using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Loading;
using RewardHack.Cli.Scanning;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Contract
{
    /// <summary>
    /// `rewardhack baseline`: the test contract of a tree (docs/test-contract.md), computed from its test projects loaded
    /// the scanner's safe way (XML only, nothing from the tree runs), one section per test assembly.
    /// </summary>
    public static class ContractBaseline
    {
        /// <summary>The contract of the test projects under <paramref name="path"/>, or a one-line reason it cannot be made.</summary>
        public static BaselineOutcome Create(string path, CancellationToken cancellationToken)
        {
            if (Scanner.RootOf(path) is not { } root)
            {
                return BaselineOutcome.Failed($"'{path}' does not exist.");
            }

            var notices = new NoticeLog(root);
            if (ScanInputResolver.Resolve(path, notices, out var error) is not { } input)
            {
                return BaselineOutcome.Failed(error!);
            }

            var tests = XmlProjectLoader.Load(input, notices, cancellationToken).Where(p => p.IsScanned && p.IsTestProject).ToImmutableArray();
            if (tests.IsEmpty)
            {
                return BaselineOutcome.Failed($"'{path}' holds no test project to record a contract for.");
            }

            // Two projects compiled to one assembly name (multi-targeting copies) share a section.
            var sections = tests
                .GroupBy(p => p.Compilation.AssemblyName ?? p.Name, StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, ImmutableArray<TestContract>>(
                    g.Key,
                    g.SelectMany(p => TestContracts.Collect(p.Compilation, p.AnalyzerOptions, cancellationToken)).ToImmutableArray()))
                .ToImmutableArray();
            var text = TestContracts.Format(sections);
            var recorded = TestContracts.Parse(TestContracts.FileName, Microsoft.CodeAnalysis.Text.SourceText.From(text)).Length;
            return new BaselineOutcome(new Baseline(root, text, recorded, sections.Length, notices.ToImmutable()), null);
        }
    }

    /// <summary>A written-out contract: its text, how many test lines and sections it has, and what loading noticed.</summary>
    public sealed record Baseline(string Root, string Text, int Tests, int Projects, ImmutableArray<ScanNotice> Notices);

    /// <summary>A baseline, or the one-line reason there is none.</summary>
    public sealed record BaselineOutcome(Baseline? Baseline, string? Error)
    {
        public static BaselineOutcome Failed(string error) => new(null, error);
    }
}
