using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Tests.Testing
{
    /// <summary>
    /// Analyzer config options as the compiler hands them over: global ones (<c>.globalconfig</c>) and per-file ones
    /// (<c>.editorconfig</c> sections), here keyed by the file path of the syntax tree.
    /// </summary>
    internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile;

        public TestAnalyzerConfigOptionsProvider(
            IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
        {
            GlobalOptions = new Options(global);
            this.perFile = perFile;
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        /// <summary>Analyzer options with only global options.</summary>
        public static AnalyzerOptions Global(string key, string value) => Create(
            new Dictionary<string, string> { [key] = value },
            new Dictionary<string, IReadOnlyDictionary<string, string>>());

        /// <summary>Analyzer options with one option set for one file only.</summary>
        public static AnalyzerOptions ForFile(string path, string key, string value) => Create(
            new Dictionary<string, string>(),
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [path] = new Dictionary<string, string> { [key] = value } });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            new Options(perFile.TryGetValue(tree.FilePath, out var options) ? options : new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());

        private static AnalyzerOptions Create(
            IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile) =>
            new(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(global, perFile));

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> values;

            public Options(IReadOnlyDictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
