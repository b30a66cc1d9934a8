using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Scanning;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>
    /// A restored project's packages come from obj/project.assets.json and the package folders it names (read as JSON,
    /// never restored); when the restore output is missing or stale, the scan says so and falls back to bundled assemblies.
    /// </summary>
    public class RestoredProjectTests
    {
        private const string PassingTest = """
            using Xunit;

            public class PriceTests
            {
                [Fact]
                public void Price_is_positive() => Assert.True(true);
            }
            """;

        [Fact]
        public async Task Package_assemblies_come_from_the_assets_file_and_its_package_folder()
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.Csproj(["Acme.Testing"]))
                .Write("Shop.Tests/PriceTests.cs", PassingTest);
            tree.Write("Shop.Tests/obj/project.assets.json", AssetsJson(tree.PathOf("packages")));
            foreach (var dll in new[] { "xunit.assert.dll", "xunit.core.dll", "xunit.abstractions.dll" })
            {
                tree.WriteBytes("packages/acme.testing/1.0.0/lib/netstandard2.0/" + dll, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "refs", "xunit.v2", dll)));
            }

            var project = Loaded.Projects(tree.Root, out var notices).Single();
            var result = await Scan.Of(tree.Root);

            Assert.Equal(
                ["xunit.abstractions.dll", "xunit.assert.dll", "xunit.core.dll"],
                project.Compilation.References.Select(r => r.Display!).Where(d => d.StartsWith(tree.Root, StringComparison.Ordinal)).Select(Path.GetFileName).Order());
            Assert.Empty(notices.ToImmutable());
            Assert.Equal(["Shop.Tests/PriceTests.cs:6 warning RH0104"], Scan.Lines(result));
        }

        [Fact]
        public void Package_missing_from_the_cache_falls_back_to_bundled_assemblies_with_a_notice()
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.Csproj(["xunit"]))
                .Write("Shop.Tests/PriceTests.cs", PassingTest);
            tree.Write("Shop.Tests/obj/project.assets.json", AssetsJson(tree.PathOf("empty-cache")));

            var project = Loaded.Projects(tree.Root, out var notices).Single();

            Assert.Empty(Loaded.Errors(project));
            Assert.Equal(
                ["Shop.Tests/obj/project.assets.json: package Acme.Testing/1.0.0 is not in the NuGet cache: bundled references used instead"],
                notices.ToImmutable().Select(n => $"{n.Path}: {n.Message}"));
        }

        [Fact]
        public void Unrestored_package_without_bundled_assemblies_is_named_in_a_notice()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj(["Newtonsoft.Json", "Microsoft.NET.Test.Sdk", "StyleCop.Analyzers", "Acme.Analyzers"]))
                .Write("Shop/Basket.cs", "public static class Basket { }");

            Loaded.Projects(tree.Root, out var notices);

            Assert.Equal(
                ["Shop/Shop.csproj: not restored, and nothing bundled for Newtonsoft.Json: their types stay unresolved, findings that need them may be missed"],
                notices.ToImmutable().Select(n => $"{n.Path}: {n.Message}"));
        }

        private static string AssetsJson(string packageFolder) => $$"""
            {
              "version": 3,
              "targets": {
                "net10.0": {
                  "Acme.Testing/1.0.0": {
                    "type": "package",
                    "compile": {
                      "lib/netstandard2.0/xunit.abstractions.dll": {},
                      "lib/netstandard2.0/xunit.assert.dll": {},
                      "lib/netstandard2.0/xunit.core.dll": {}
                    }
                  }
                }
              },
              "libraries": {
                "Acme.Testing/1.0.0": { "type": "package", "path": "acme.testing/1.0.0" }
              },
              "packageFolders": {
                "{{packageFolder.Replace("\\", "\\\\", StringComparison.Ordinal)}}/": {}
              }
            }
            """;
    }
}
