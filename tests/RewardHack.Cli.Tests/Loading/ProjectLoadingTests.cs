using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Scanning;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>What the XML-only loader builds from project files: sources, references, settings.</summary>
    public class ProjectLoadingTests
    {
        private const string RiggedMoney = """
            namespace Shop
            {
                public sealed class Money
                {
                    public Money(decimal amount) => Amount = amount;

                    public decimal Amount { get; }

                    public override bool Equals(object? obj) => true;

                    public override int GetHashCode() => 0;
                }
            }
            """;

        [Fact]
        public async Task Project_reference_resolves_types_of_the_referenced_project()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", RiggedMoney)
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.Csproj(["xunit"], items: """<ProjectReference Include="..\Shop\Shop.csproj" />"""))
                .Write("Shop.Tests/MoneyTests.cs", """
                    using Xunit;

                    namespace Shop.Tests
                    {
                        public class MoneyTests
                        {
                            [Fact]
                            public void Same_amounts_are_equal() => Assert.Equal(new Money(1m), new Money(1m));
                        }
                    }
                    """);

            var projects = Loaded.Projects(tree.Root);

            Assert.Equal(["Shop", "Shop.Tests"], projects.Select(p => p.Name));
            Assert.All(projects, p => Assert.Empty(Loaded.Errors(p)));
            Assert.Equal([false, true], projects.Select(p => p.IsTestProject));
            var result = await Scan.Of(tree.Root);
            Assert.Equal(["Shop/Money.cs:9 warning RH0001"], Scan.Lines(result));
        }

        [Fact]
        public async Task Single_project_scan_loads_its_references_without_reporting_on_them()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", RiggedMoney)
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.Csproj(["xunit"], items: """<ProjectReference Include="../Shop/Shop.csproj" />"""))
                .Write("Shop.Tests/MoneyTests.cs", """
                    using Xunit;

                    namespace Shop.Tests
                    {
                        public class MoneyTests
                        {
                            [Fact]
                            public void Always() => Assert.True(true);

                            [Fact]
                            public void Same_amounts_are_equal() => Assert.Equal(new Money(1m), new Money(1m));
                        }
                    }
                    """);

            var projects = Loaded.Projects(tree.PathOf("Shop.Tests/Shop.Tests.csproj"));
            var result = await Scan.Of(tree.PathOf("Shop.Tests/Shop.Tests.csproj"));

            Assert.Equal([("Shop", false), ("Shop.Tests", true)], projects.Select(p => (p.Name, p.IsScanned)));
            Assert.All(projects, p => Assert.Empty(Loaded.Errors(p)));
            Assert.Equal(["MoneyTests.cs:8 warning RH0104"], Scan.Lines(result));
        }

        [Fact]
        public async Task Compile_Remove_takes_files_out_and_Compile_Include_brings_shared_ones_in()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj(items: """
                    <Compile Remove="Legacy/**" />
                    <Compile Include="../Shared/*.cs" />
                    """))
                .Write("Shop/Legacy/OldMoney.cs", RiggedMoney.Replace("Money", "OldMoney", System.StringComparison.Ordinal))
                .Write("Shared/SharedMoney.cs", RiggedMoney.Replace("Money", "SharedMoney", System.StringComparison.Ordinal));

            var projects = Loaded.Projects(tree.PathOf("Shop/Shop.csproj"));
            var result = await Scan.Of(tree.PathOf("Shop/Shop.csproj"));

            Assert.Equal(["SharedMoney.cs"], projects.Single().Compilation.SyntaxTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)));
            Assert.Equal(["../Shared/SharedMoney.cs:9 warning RH0001"], Scan.Lines(result));
        }

        [Fact]
        public void Implicit_usings_and_Using_items_become_global_usings()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj(
                    properties: "<ImplicitUsings>enable</ImplicitUsings>",
                    items: """<Using Include="System.Text" /><Using Include="System.Math" Static="true" />"""))
                .Write("Shop/Basket.cs", """
                    namespace Shop
                    {
                        public static class Basket
                        {
                            public static List<int> Items() => new();

                            public static Task<string> Describe() => Task.FromResult(new StringBuilder().Append(Max(1, 2)).ToString());
                        }
                    }
                    """);

            var project = Loaded.Projects(tree.Root).Single();

            Assert.Empty(Loaded.Errors(project));
        }

        [Fact]
        public void InternalsVisibleTo_items_let_the_test_project_use_internals()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj(items: """<InternalsVisibleTo Include="Shop.Tests" />"""))
                .Write("Shop/Tax.cs", "namespace Shop { internal static class Tax { internal static decimal Rate => 0.2m; } }")
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.Csproj(items: """<ProjectReference Include="../Shop/Shop.csproj" />"""))
                .Write("Shop.Tests/TaxTests.cs", "namespace Shop.Tests { public static class TaxTests { public static decimal Rate() => Shop.Tax.Rate; } }");

            var projects = Loaded.Projects(tree.Root);

            Assert.All(projects, p => Assert.Empty(Loaded.Errors(p)));
        }

        [Fact]
        public void Without_implicit_usings_the_same_code_does_not_resolve()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Basket.cs", "namespace Shop { public static class Basket { public static List<int> Items() => new(); } }");

            var project = Loaded.Projects(tree.Root).Single();

            Assert.Equal(["Basket.cs(1): CS0246 The type or namespace name 'List<>' could not be found (are you missing a using directive or an assembly reference?)"], Loaded.Errors(project));
        }

        [Fact]
        public async Task Target_framework_and_DefineConstants_decide_which_code_is_compiled()
        {
            var guarded = """
                namespace Shop
                {
                #if NET8_0_OR_GREATER && FEATURE_X
                    public sealed class Modern
                    {
                        public int Amount { get; set; }

                        public override bool Equals(object? obj) => true;

                        public override int GetHashCode() => 0;
                    }
                #endif
                #if NETFRAMEWORK
                    public sealed class Legacy
                    {
                        public int Amount { get; set; }

                        public override bool Equals(object? obj) => true;

                        public override int GetHashCode() => 0;
                    }
                #endif
                }
                """;
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj(
                    properties: "<DefineConstants>$(DefineConstants);FEATURE_X</DefineConstants>",
                    framework: "<TargetFrameworks>net48;net8.0</TargetFrameworks>"))
                .Write("Shop/Guarded.cs", guarded);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop/Guarded.cs:8 warning RH0001"], Scan.Lines(result));
        }

        [Fact]
        public void Nullable_and_LangVersion_come_from_the_project_and_Directory_Build_props()
        {
            using var tree = new TempTree()
                .Write("Directory.Build.props", "<Project><PropertyGroup><Nullable>enable</Nullable><LangVersion>12</LangVersion></PropertyGroup></Project>")
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Basket.cs", "namespace Shop { public static class Basket { public static string? Name => null; } }");

            var project = Loaded.Projects(tree.Root).Single();

            var options = (Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)project.Compilation.Options;
            Assert.Equal(Microsoft.CodeAnalysis.NullableContextOptions.Enable, options.NullableContextOptions);
            Assert.Equal(
                Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12,
                ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)project.Compilation.SyntaxTrees.Single().Options).SpecifiedLanguageVersion);
            Assert.Empty(Loaded.Errors(project));
        }

        [Fact]
        public void Project_reference_cycle_is_broken_with_a_notice()
        {
            using var tree = new TempTree()
                .Write("A/A.csproj", ProjectText.Csproj(items: """<ProjectReference Include="../B/B.csproj" />"""))
                .Write("A/One.cs", "namespace A { public class One { } }")
                .Write("B/B.csproj", ProjectText.Csproj(items: """<ProjectReference Include="../A/A.csproj" />"""))
                .Write("B/Two.cs", "namespace B { public class Two { } }");

            var projects = Loaded.Projects(tree.Root, out var notices);

            Assert.Equal(["B", "A"], projects.Select(p => p.Name));
            Assert.Equal(["B/B.csproj: project reference cycle: the reference to A is ignored"], notices.ToImmutable().Select(n => $"{n.Path}: {n.Message}"));
        }

        [Fact]
        public async Task Editorconfig_severities_apply_error_and_none()
        {
            using var tree = new TempTree()
                .Write(".editorconfig", """
                    root = true

                    [*.cs]
                    dotnet_diagnostic.RH0001.severity = error

                    [**/Quiet/*.cs]
                    dotnet_diagnostic.RH0001.severity = none
                    """)
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", RiggedMoney)
                .Write("Shop/Quiet/QuietMoney.cs", RiggedMoney.Replace("Money", "QuietMoney", System.StringComparison.Ordinal));

            var result = await Scan.Of(tree.Root);

            // The silenced section is itself a finding of the scan's configuration check (RH0603), as it should be.
            Assert.Equal([".editorconfig:7 warning RH0603", "Shop/Money.cs:9 error RH0001"], Scan.Lines(result));
        }

        [Fact]
        public async Task Globalconfig_severity_applies()
        {
            using var tree = new TempTree()
                .Write(".globalconfig", "is_global = true\ndotnet_diagnostic.RH0001.severity = suggestion\n")
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", RiggedMoney);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop/Money.cs:9 info RH0001"], Scan.Lines(result));
        }

        [Fact]
        public void AdditionalFiles_items_reach_the_analyzers()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj(items: """<AdditionalFiles Include="inputs/*.txt" />"""))
                .Write("Shop/inputs/one.txt", "1")
                .Write("Shop/Basket.cs", "namespace Shop { public static class Basket { } }");

            var project = Loaded.Projects(tree.Root).Single();

            Assert.Equal([tree.PathOf("Shop/inputs/one.txt")], project.AnalyzerOptions.AdditionalFiles.Select(f => f.Path));
            Assert.Equal("1", project.AnalyzerOptions.AdditionalFiles.Single().GetText()!.ToString());
        }
    }
}
