using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The test-contract file (docs/test-contract.md): computed from a compilation's tests, written by
    /// <c>rewardhack baseline</c>, committed, and read back as an additional file by RH0706.
    /// </summary>
    public static class TestContracts
    {
        /// <summary>The name of the contract additional file, matched ignoring case and folders.</summary>
        public const string FileName = "rewardhack.contract.txt";

        /// <summary>The first line <see cref="Format"/> writes.</summary>
        public const string Header = "# rewardhack test contract v1 (docs/test-contract.md): test id<TAB>runs|skipped|hidden<TAB>data rows<TAB>assertions<TAB>assertion kinds<TAB>expected values...";

        private const string NoKinds = "-";

        private static readonly AnalyzerOptions NoOptions = new(ImmutableArray<AdditionalText>.Empty);

        /// <summary>The contract of every test method of <paramref name="compilation"/>, in id order.</summary>
        public static ImmutableArray<TestContract> Collect(Compilation compilation, AnalyzerOptions? options, CancellationToken cancellationToken)
        {
            var model = TestModel.For(compilation, options ?? NoOptions);
            return TestFingerprints.Compute(model, cancellationToken).Select(TestContract.From).ToImmutableArray();
        }

        /// <summary>
        /// The file text: the header, then per test project (section <c>[assembly name]</c>, ordinal order) one
        /// tab-separated line per test, in ordinal id order. The same tests give the same bytes.
        /// </summary>
        public static string Format(IEnumerable<KeyValuePair<string, ImmutableArray<TestContract>>> projects)
        {
            var text = new StringBuilder(Header).Append('\n');
            foreach (var project in projects.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append('[').Append(project.Key).Append("]\n");
                var lines = project.Value.Select(FormatLine).Distinct().OrderBy(l => l, StringComparer.Ordinal);
                foreach (var line in lines)
                {
                    text.Append(line).Append('\n');
                }
            }

            return text.ToString();
        }

        /// <summary>
        /// The contracts in a contract file. Tolerant: blank lines, <c>#</c> comments and malformed lines (fewer than five
        /// fields, a state other than runs/skipped/hidden, a count that is not a non-negative number) are skipped; it never throws.
        /// </summary>
        public static ImmutableArray<TestContractLine> Parse(string path, SourceText text)
        {
            var contracts = ImmutableArray.CreateBuilder<TestContractLine>();
            string? project = null;
            foreach (var line in text.Lines)
            {
                var content = line.ToString().TrimEnd('\r');
                var trimmed = content.Trim();
                if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                if (trimmed.StartsWith("[", StringComparison.Ordinal) && trimmed.EndsWith("]", StringComparison.Ordinal))
                {
                    project = trimmed.Substring(1, trimmed.Length - 2).Trim();
                    continue;
                }

                if (ParseLine(content) is { } contract)
                {
                    contracts.Add(new TestContractLine(path, project, contract, line.Span, text.Lines.GetLinePositionSpan(line.Span)));
                }
            }

            return contracts.ToImmutable();
        }

        /// <summary>The contracts of every additional file named <see cref="FileName"/> in <paramref name="options"/>.</summary>
        public static ImmutableArray<TestContractLine> Read(AnalyzerOptions? options, CancellationToken cancellationToken)
        {
            var contracts = ImmutableArray.CreateBuilder<TestContractLine>();
            foreach (var file in options?.AdditionalFiles ?? ImmutableArray<AdditionalText>.Empty)
            {
                if (string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase)
                    && file.GetText(cancellationToken) is { } text)
                {
                    contracts.AddRange(Parse(file.Path, text));
                }
            }

            return contracts.ToImmutable();
        }

        private static string FormatLine(TestContract contract)
        {
            var line = new StringBuilder(contract.Id)
                .Append('\t').Append(StateText(contract.State))
                .Append('\t').Append(contract.DataRows.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(contract.Assertions.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(contract.Kinds.IsEmpty ? NoKinds : string.Join(",", contract.Kinds));
            foreach (var expected in contract.Expected)
            {
                line.Append('\t').Append(expected);
            }

            return line.ToString();
        }

        private static TestContract? ParseLine(string line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 5
                || fields[0].Trim().Length == 0
                || !TryState(fields[1].Trim(), out var state)
                || !TryCount(fields[2], out var rows)
                || !TryCount(fields[3], out var assertions))
            {
                return null;
            }

            var kinds = fields[4].Trim() is NoKinds or ""
                ? ImmutableArray<string>.Empty
                : fields[4].Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToImmutableArray();
            var expected = fields.Skip(5).Select(e => e.Trim()).Where(e => e.Length > 0).ToImmutableArray();
            return new TestContract(fields[0].Trim(), state, rows, assertions, kinds, expected);
        }

        private static string StateText(TestContractState state) => state.ToString().ToLowerInvariant();

        private static bool TryState(string text, out TestContractState state)
        {
            foreach (TestContractState candidate in new[] { TestContractState.Runs, TestContractState.Skipped, TestContractState.Hidden })
            {
                if (text == StateText(candidate))
                {
                    state = candidate;
                    return true;
                }
            }

            state = TestContractState.Runs;
            return false;
        }

        private static bool TryCount(string text, out int count) =>
            int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }
}
