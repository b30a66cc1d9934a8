using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHack.Cli.Loading
{
    /// <summary>Hands analyzers the options an <see cref="AnalyzerConfigSet"/> gives each file, as the compiler does in a build.</summary>
    public sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigSet configs;
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> byPath = new(ScanPaths.Comparer);

        public ConfigOptionsProvider(AnalyzerConfigSet configs)
        {
            this.configs = configs;
            GlobalOptions = new DictionaryOptions(configs.GlobalConfigOptions.AnalyzerOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(ResultFor(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new DictionaryOptions(ResultFor(textFile.Path).AnalyzerOptions);

        public AnalyzerConfigOptionsResult ResultFor(string path) => byPath.GetOrAdd(path, configs.GetOptionsForSourcePath);

        public AnalyzerConfigOptionsResult Global => configs.GlobalConfigOptions;

        private sealed class DictionaryOptions(ImmutableDictionary<string, string> options) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => options.TryGetValue(key, out value);

            public override System.Collections.Generic.IEnumerable<string> Keys => options.Keys;
        }
    }
}
