using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Loading;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Scanning;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>
    /// Preprocessor symbols from project files: the conditions on the target framework are decided for the framework
    /// compiled, and every symbol the project defines in any build reaches the rules as <c>rewardhack.project_symbols</c>.
    /// </summary>
    public class ProjectSymbolsTests
    {
        private const string MultiTargeted = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net481;net8.0</TargetFrameworks>
                <DefineConstants>$(DefineConstants);EVERYWHERE</DefineConstants>
              </PropertyGroup>
              <PropertyGroup Condition="'$(TargetFramework)' == 'net481'">
                <DefineConstants>$(DefineConstants);LEGACY</DefineConstants>
              </PropertyGroup>
              <PropertyGroup Condition=" '$(TargetFramework)' != 'net481' ">
                <DefineConstants>$(DefineConstants);MODERN</DefineConstants>
              </PropertyGroup>
              <PropertyGroup Condition="'$(TargetFramework)' == 'net8.0' and '$(Configuration)' == 'Release'">
                <DefineConstants>$(DefineConstants);SHIPPING</DefineConstants>
              </PropertyGroup>
              <PropertyGroup>
                <DefineConstants Condition="'$(OS)' == 'Windows_NT'">$(DefineConstants);ON_WINDOWS</DefineConstants>
              </PropertyGroup>
              <PropertyGroup Condition="'$(TargetFramework)' == 'net6.0'">
                <DefineConstants>$(DefineConstants);NOT_A_TARGET</DefineConstants>
              </PropertyGroup>
              <ItemGroup Condition="'$(TargetFramework)' == 'net481' or '$(TargetFramework)' == 'net472'">
                <Compile Remove="Modern/**" />
              </ItemGroup>
              <ItemGroup Condition="'$(TargetFramework)' != 'net481'">
                <Compile Remove="Legacy/**" />
              </ItemGroup>
            </Project>
            """;

        [Fact]
        public void Target_framework_conditions_are_decided_for_the_framework_compiled_and_others_stay_skipped()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", MultiTargeted)
                .Write("Shop/Modern/Basket.cs", "namespace Shop { public static class Basket { } }")
                .Write("Shop/Legacy/OldBasket.cs", "namespace Shop { public static class OldBasket { } }");

            var project = Loaded.Projects(tree.Root).Single();

            var symbols = project.Compilation.SyntaxTrees.First().Options.PreprocessorSymbolNames.ToHashSet();
            Assert.Contains("NET8_0", symbols);
            Assert.Contains("EVERYWHERE", symbols);
            Assert.Contains("MODERN", symbols);
            Assert.DoesNotContain("LEGACY", symbols);
            Assert.DoesNotContain("SHIPPING", symbols);
            Assert.DoesNotContain("ON_WINDOWS", symbols);
            Assert.DoesNotContain("NOT_A_TARGET", symbols);
            Assert.Equal(["Basket.cs"], project.Compilation.SyntaxTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).Where(n => !n.EndsWith(".g.cs", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Every_symbol_the_project_defines_in_any_of_its_builds_is_handed_to_the_rules()
        {
            using var tree = new TempTree()
                .Write("Directory.Build.props", """
                    <Project>
                      <PropertyGroup Condition="'$(Configuration)' == 'Release'">
                        <DefineConstants>$(DefineConstants);FROM_PROPS</DefineConstants>
                      </PropertyGroup>
                    </Project>
                    """)
                .Write("Shop/Shop.csproj", MultiTargeted)
                .Write("Shop/Basket.cs", "namespace Shop { public static class Basket { } }");

            var project = Loaded.Projects(tree.Root).Single();

            Assert.True(project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PreprocessedOutTests.ProjectSymbolsOption, out var value));
            Assert.Equal(["EVERYWHERE", "FROM_PROPS", "LEGACY", "MODERN", "ON_WINDOWS", "SHIPPING"], value!.Split(',').Order(System.StringComparer.Ordinal));
        }

        [Fact]
        public void A_project_that_defines_no_symbol_sets_no_option()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Basket.cs", "namespace Shop { public static class Basket { } }");

            var project = Loaded.Projects(tree.Root).Single();

            Assert.False(project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PreprocessedOutTests.ProjectSymbolsOption, out _));
        }

        [Fact]
        public void A_traversal_project_at_the_root_compiles_none_of_the_sources_below_it()
        {
            using var tree = new TempTree()
                .Write("Build.csproj", """
                    <Project Sdk="Microsoft.Build.Traversal/4.1.0">
                      <ItemGroup>
                        <ProjectReference Include="Shop/Shop.csproj" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("Docs.csproj", """<Project Sdk="Microsoft.Build.NoTargets/3.7.0"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>""")
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Basket.cs", "namespace Shop { public static class Basket { } }");

            var projects = Loaded.Projects(tree.Root);

            Assert.Equal(
                [("Build", 0), ("Docs", 0), ("Shop", 1)],
                projects.Select(p => (p.Name, p.Compilation.SyntaxTrees.Count(t => !t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)))).OrderBy(p => p.Name, System.StringComparer.Ordinal));
        }

        [Fact]
        public async Task Tests_behind_a_symbol_of_another_target_framework_are_not_reported_and_an_undefined_one_is()
        {
            // The shape of a multi-targeted provider suite under a traversal root: the legacy driver's tests are compiled
            // for net481 only, the client's for every framework; FLAKY_TESTS is defined by no build.
            using var tree = new TempTree()
                .Write("Build.csproj", """<Project Sdk="Microsoft.Build.Traversal/4.1.0"><ItemGroup><ProjectReference Include="Shop.Tests/Shop.Tests.csproj" /></ItemGroup></Project>""")
                .Write("Shop.Tests/Shop.Tests.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFrameworks>net481;net8.0</TargetFrameworks>
                        <DefineConstants>$(DefineConstants);CLIENT</DefineConstants>
                      </PropertyGroup>
                      <PropertyGroup Condition="'$(TargetFramework)' == 'net481'">
                        <DefineConstants>$(DefineConstants);LEGACY_DRIVER</DefineConstants>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.0.0" />
                        <PackageReference Include="xunit" Version="2.9.3" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("Shop.Tests/DriverTests.cs", """
                    using Xunit;

                    namespace Shop.Tests
                    {
                        public class DriverTests
                        {
                    #if CLIENT
                            [Fact]
                            public void Client_connects() => Assert.True(System.Environment.ProcessorCount > 0);
                    #endif
                    #if LEGACY_DRIVER
                            [Fact]
                            public void Legacy_driver_connects() => Assert.True(System.Environment.ProcessorCount > 1);
                    #endif
                    #if FLAKY_TESTS
                            [Fact]
                            public void Reconnects() => Assert.True(System.Environment.ProcessorCount > 2);
                    #endif
                        }
                    }
                    """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop.Tests/DriverTests.cs:15 warning RH0404"], Scan.Lines(result));
        }
    }
}
