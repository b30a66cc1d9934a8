using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHackAnalyzers.Catalog;
using Xunit;

namespace RewardHack.Cli.Tests.BuildTampering
{
    /// <summary>
    /// The BuildTampering seeds (seeds/BuildTampering: build, config and CI files, and one project folder) are reported by
    /// exactly the rule their name starts with when the scanner's checks run over them, placed where their header's
    /// <c>path:</c> says; every BuildTampering rule has a seed, and seeds/README.md lists every seed.
    /// </summary>
    public class BuildTamperingSeedTests
    {
        private static readonly Regex HeaderLine = new(@"^\s*(?:#|<!--)?\s*(?<key>rule|path|hack|source):\s*(?<value>.+?)\s*$", RegexOptions.CultureInvariant);

        private static string SeedsFolder { get; } = Path.Combine(FindRepositoryRoot(), "seeds", "BuildTampering");

        public static TheoryData<string> Seeds => new(SeedNames());

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Seed_is_reported_by_exactly_the_rule_it_is_named_after(string seed)
        {
            using var tree = Plant(seed);

            var reported = RepositoryScan.RunAll(tree).Select(f => f.Split(' ')[0]).Distinct().ToList();

            Assert.Equal([RuleOf(seed)], reported);
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Seed_header_names_its_rule_hack_and_source(string seed)
        {
            var header = Header(seed);

            Assert.Equal(RuleOf(seed), header["rule"].Single().Split(' ')[0]);
            Assert.Contains(RuleOf(seed), Rules.All.Where(r => r.Category == RuleCategories.BuildTampering).Select(r => r.Id));
            Assert.Matches("^[0-9]+\\.[0-9]+$", header["hack"].Single());
            Assert.NotEmpty(header["source"]);
        }

        [Fact]
        public void Every_BuildTampering_rule_has_a_seed()
        {
            var seeded = SeedNames().Select(RuleOf).Distinct();

            Assert.Equal(Rules.All.Where(r => r.Category == RuleCategories.BuildTampering).Select(r => r.Id), seeded);
        }

        [Fact]
        public void Seeds_readme_links_every_BuildTampering_seed()
        {
            var readme = File.ReadAllText(Path.Combine(SeedsFolder, "..", "README.md"));

            Assert.All(SeedNames(), seed => Assert.Contains($"(BuildTampering/{seed})", readme, StringComparison.Ordinal));
        }

        internal static List<string> SeedNames() =>
            Directory.EnumerateFileSystemEntries(SeedsFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

        private static string RuleOf(string seed) => seed[..seed.IndexOf('_', StringComparison.Ordinal)];

        /// <summary>A file seed goes where its <c>path:</c> says; a folder seed is the tree itself.</summary>
        internal static TempTree Plant(string seed)
        {
            var tree = new TempTree();
            var source = Path.Combine(SeedsFolder, seed);
            if (Directory.Exists(source))
            {
                foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
                {
                    tree.Write(Path.GetRelativePath(source, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(file));
                }
            }
            else
            {
                tree.Write(Header(seed)["path"].Single(), File.ReadAllText(source));
            }

            return tree;
        }

        /// <summary>The <c>key: value</c> lines of the seed's leading comment (of the folder's file that has one).</summary>
        private static ILookup<string, string> Header(string seed)
        {
            var source = Path.Combine(SeedsFolder, seed);
            var files = Directory.Exists(source) ? Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : new[] { source }.AsEnumerable();
            return files
                .SelectMany(f => File.ReadLines(f).Take(12))
                .Select(l => HeaderLine.Match(l))
                .Where(m => m.Success)
                .ToLookup(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
        }

        private static string FindRepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "RewardHackAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No RewardHackAnalyzers.sln in any folder above " + AppContext.BaseDirectory);
        }
    }
}
