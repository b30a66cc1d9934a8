using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.EndToEnd;
using RewardHackAnalyzers.Tests.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Seeds
{
    /// <summary>
    /// One seed of the hack catalog (<c>seeds/&lt;Category&gt;/&lt;id&gt;_&lt;Name&gt;.cs</c>) and its header: the leading
    /// <c>// key: value</c> lines that say which rules must report it and what it compiles against (see seeds/README.md).
    /// </summary>
    internal sealed class SeedFile
    {
        public const string Folder = "seeds";

        private static readonly string[] Keys = { "rule", "also", "references", "hack", "source", "contract" };

        private SeedFile(string relativePath, string source, ILookup<string, string> header)
        {
            RelativePath = relativePath;
            Source = source;
            Rule = Single(header, "rule");
            AlsoRules = header["also"].SelectMany(v => v.Split(',')).Select(v => v.Trim()).ToImmutableArray();
            References = Single(header, "references");
            Hack = Single(header, "hack");
            Sources = header["source"].ToImmutableArray();
            Contract = header["contract"].SingleOrDefault();
            if (Sources.IsEmpty)
            {
                throw Malformed("has no 'source:' line");
            }
        }

        /// <summary>The path under <c>seeds/</c>, with forward slashes, e.g. <c>RiggedEquality/RH0001_AlwaysEqualObject.cs</c>.</summary>
        public string RelativePath { get; }

        public string Source { get; }

        /// <summary>The rule the seed exists for.</summary>
        public string Rule { get; }

        /// <summary>Other rules that must report the seed too.</summary>
        public ImmutableArray<string> AlsoRules { get; }

        /// <summary>The name of a <see cref="TestLibraries"/> reference set.</summary>
        public string References { get; }

        public string Hack { get; }

        public ImmutableArray<string> Sources { get; }

        /// <summary>The file, next to the seed, that the analyzers receive as the test-contract file (RH0706); null when none.</summary>
        public string? Contract { get; }

        /// <summary>Every rule that must report the seed, and no other, in order.</summary>
        public IReadOnlyList<string> ExpectedRules =>
            AlsoRules.Add(Rule).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();

        public string Category => RelativePath.Split('/')[0];

        public string FileName => RelativePath.Split('/')[^1];

        /// <summary>The relative paths of all seeds on disk, in order.</summary>
        public static IReadOnlyList<string> PathsOnDisk()
        {
            var root = Path.Combine(RepoPaths.Root, Folder);
            return Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
                // BuildTampering seeds are build and CI trees (a test file among them), checked by the scanner's tests.
                .Where(p => !p.StartsWith(RuleCategories.BuildTampering + "/", StringComparison.Ordinal))
                // The diff rules' seeds are base/head pairs of a test file, checked by the scanner's RegressionSeedTests.
                .Where(p => !p.StartsWith(RuleCategories.TestRegression + "/diff/", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }

        public static IReadOnlyList<SeedFile> All() => PathsOnDisk().Select(Load).ToList();

        public static SeedFile Load(string relativePath)
        {
            var source = File.ReadAllText(Path.Combine(RepoPaths.Root, $"{Folder}/{relativePath}"));
            var header = new List<(string Key, string Value)>();
            foreach (var line in source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)))
            {
                var text = line[2..].Trim();
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                var key = colon > 0 ? text[..colon].Trim() : string.Empty;
                if (!Keys.Contains(key, StringComparer.Ordinal))
                {
                    throw new FormatException($"Seed {relativePath}: header line '{line}' is not '// <key>: <value>' with key one of {string.Join(", ", Keys)}.");
                }

                header.Add((key, text[(colon + 1)..].Trim()));
            }

            return new SeedFile(relativePath, source, header.ToLookup(h => h.Key, h => h.Value, StringComparer.Ordinal));
        }

        /// <summary>The reference set named by the header.</summary>
        public ReferenceAssemblies ReferenceAssemblies()
        {
            var property = typeof(TestLibraries).GetProperty(References, BindingFlags.Public | BindingFlags.Static);
            return property?.GetValue(null) as ReferenceAssemblies
                ?? throw Malformed($"names references '{References}', which is not a {nameof(TestLibraries)} reference set");
        }

        /// <summary>The additional files the seed is analysed with: its contract as <c>rewardhack.contract.txt</c>, if it names one.</summary>
        public ImmutableArray<AdditionalText> AdditionalFiles()
        {
            if (Contract is null)
            {
                return ImmutableArray<AdditionalText>.Empty;
            }

            var folder = Path.GetDirectoryName(Path.Combine(RepoPaths.Root, $"{Folder}/{RelativePath}"))!;
            var text = File.ReadAllText(Path.Combine(folder, Contract));
            return ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/" + RewardHackAnalyzers.Testing.TestContracts.FileName, text));
        }

        private string Single(ILookup<string, string> header, string key)
        {
            var values = header[key].ToList();
            return values.Count == 1 && values[0].Length > 0
                ? values[0]
                : throw Malformed($"needs exactly one non-empty '{key}:' line, found {values.Count}");
        }

        private FormatException Malformed(string problem) => new($"Seed {RelativePath} {problem}.");
    }
}
