using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Loading;

namespace RewardHack.Cli.Tests.Scanning
{
    /// <summary>
    /// The hack catalog (seeds/) through the scanner: every seed, put in a never-restored project that references its
    /// framework by package name, is reported by exactly the rules its header names — the same contract the analyzer
    /// tests hold the seeds to, here with only the tool's bundled references. One scan of all seeds keeps it fast.
    /// </summary>
    public class SeedScanTests
    {
        private static readonly Dictionary<string, string[]> PackagesOf = new(StringComparer.Ordinal)
        {
            ["Net80"] = [],
            ["XunitV2"] = ["xunit"],
            ["XunitV3"] = ["xunit.v3"],
            ["NUnit4"] = ["NUnit"],
            ["MSTest"] = ["MSTest.TestFramework"],
            ["FluentAssertions"] = ["xunit", "FluentAssertions"],
            ["Moq"] = ["xunit", "Moq"],
        };

        [Fact]
        public async Task Every_seed_is_reported_by_exactly_the_rules_it_names()
        {
            // BuildTampering seeds are build and CI files (BuildTamperingSeedTests); a .cs file inside one is part of its project.
            // The diff rules' base/head pairs are RegressionSeedTests'.
            var buildTampering = Path.Combine(RepoPaths.Root, "seeds", "BuildTampering") + Path.DirectorySeparatorChar;
            var diffPairs = Path.Combine(RepoPaths.Root, "seeds", "TestRegression", "diff") + Path.DirectorySeparatorChar;
            var seeds = Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.StartsWith(buildTampering, StringComparison.Ordinal) && !path.StartsWith(diffPairs, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray();
            using var tree = new TempTree();
            var expected = new List<string>();
            foreach (var seed in seeds)
            {
                var name = Path.GetFileNameWithoutExtension(seed);
                var source = File.ReadAllText(seed);
                var header = source.Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal))
                    .Select(l => l.TrimStart('/').Split(':', 2))
                    .Where(kv => kv.Length == 2)
                    .ToLookup(kv => kv[0].Trim(), kv => kv[1].Trim());
                // A RH0706 seed names the contract file its test project reads (seeds/README.md).
                var contract = header["contract"].SingleOrDefault();
                var items = contract is null ? "" : """<AdditionalFiles Include="rewardhack.contract.txt" />""";
                tree.Write($"{name}/{name}.csproj", ProjectText.Csproj(PackagesOf[header["references"].Single()], items: items, framework: "<TargetFramework>net8.0</TargetFramework>"))
                    .Write($"{name}/{name}.cs", source);
                if (contract is not null)
                {
                    tree.Write($"{name}/rewardhack.contract.txt", File.ReadAllText(Path.Combine(Path.GetDirectoryName(seed)!, contract)));
                }

                var rules = header["rule"].Concat(header["also"].SelectMany(a => a.Split(',', StringSplitOptions.TrimEntries)));
                expected.Add($"{name}: {string.Join(" ", rules.Order(StringComparer.Ordinal))}");
            }

            var result = await Scan.Of(tree.Root);

            Assert.Empty(result.Failures);
            var reported = result.Findings.GroupBy(f => f.Path.Split('/')[0])
                .Select(g => $"{g.Key}: {string.Join(" ", g.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal))}");
            Assert.Equal(expected.Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));
            Assert.Equal(70, seeds.Length); // every C# seed of seeds/README.md; update with the catalog
        }
    }
}
