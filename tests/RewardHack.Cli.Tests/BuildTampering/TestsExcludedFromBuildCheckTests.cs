using RewardHack.Cli.BuildTampering;
using RewardHack.Cli.Tests.Infrastructure;
using Xunit;

namespace RewardHack.Cli.Tests.BuildTampering
{
    public class TestsExcludedFromBuildCheckTests
    {
        private static readonly TestsExcludedFromBuildCheck Check = new();

        [Fact]
        public void Compile_Remove_of_a_folder_of_tests_is_reported_at_the_item()
        {
            using var tree = new TempTree()
                .Write("tests/Shop.Tests/Shop.Tests.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <ItemGroup>
                        <Compile Remove="Orders/**" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Shop.Tests/Orders/OrderTests.cs", TestFiles.XunitTests);

            Assert.Equal(
                ["RH0601 Warning tests/Shop.Tests/Shop.Tests.csproj(3,5-3,35): 'Compile Remove=\"Orders/**\"' keeps tests out of the build: the test file 'tests/Shop.Tests/Orders/OrderTests.cs' is no longer compiled"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Compile_Remove_glob_in_Directory_Build_props_names_the_first_test_file_and_counts_the_rest()
        {
            using var tree = new TempTree()
                .Write("Directory.Build.props", """
                    <Project>
                      <ItemGroup>
                        <Compile Remove="**\*Tests.cs;Generated/**" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests)
                .Write("tests/Shop.Tests/InvoiceTests.cs", TestFiles.NUnitTests);

            Assert.Equal(
                ["RH0601 Warning Directory.Build.props(3,5-3,51): 'Compile Remove=\"**\\*Tests.cs;Generated/**\"' keeps tests out of the build: the test files 'tests/Shop.Tests/InvoiceTests.cs' and 1 more are no longer compiled"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Compile_Remove_of_fixture_files_without_tests_is_not_reported()
        {
            using var tree = new TempTree()
                .Write("tests/Shop.Tests/Shop.Tests.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <ItemGroup>
                        <Compile Remove="Fixtures/**" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Shop.Tests/Fixtures/OrderFixtures.cs", TestFiles.NotTests)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Compile_Remove_of_sample_tests_kept_as_data_is_not_reported()
        {
            // An analyzer's test inputs: sample test files that are read as data, not compiled.
            using var tree = new TempTree()
                .Write("tests/Analyzer.Tests/Analyzer.Tests.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <ItemGroup>
                        <Compile Remove="TestData/**" />
                        <None Include="TestData/**" CopyToOutputDirectory="PreserveNewest" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Analyzer.Tests/TestData/SampleTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Compile_Remove_built_from_another_property_is_not_guessed()
        {
            using var tree = new TempTree()
                .Write("tests/Shop.Tests/Shop.Tests.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <ItemGroup>
                        <Compile Remove="$(LegacyFolder)/**" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Shop.Tests/Legacy/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Compile_Remove_followed_by_an_Include_of_the_same_files_is_not_reported()
        {
            using var tree = new TempTree()
                .Write("tests/Shop.Tests/Shop.Tests.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <ItemGroup>
                        <Compile Remove="**/*.cs" />
                        <Compile Include="Orders/*.cs;Shared/*.cs" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Shop.Tests/Orders/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Compile_Remove_for_one_target_framework_is_not_reported()
        {
            // A multi-targeted test project leaves out the tests of APIs one framework lacks.
            using var tree = new TempTree()
                .Write("tests/Shop.Tests/Shop.Tests.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <ItemGroup Condition="'$(TargetFramework)' == 'net48'">
                        <Compile Remove="Spans/**" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Shop.Tests/Spans/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void IsTestProject_false_on_a_project_with_tests_is_reported_at_the_property()
        {
            using var tree = new TempTree()
                .Write("tests/Shop.Tests/Shop.Tests.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <IsTestProject>false</IsTestProject>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="NUnit" Version="4.3.2" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Shop.Tests/InvoiceTests.cs", TestFiles.NUnitTests);

            Assert.Equal(
                ["RH0601 Warning tests/Shop.Tests/Shop.Tests.csproj(3,5-3,41): '<IsTestProject>false</IsTestProject>' keeps tests out of the build: the test file 'tests/Shop.Tests/InvoiceTests.cs' is never run, because dotnet test skips a project that is not a test project"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void IsTestProject_false_where_the_platform_cannot_run_the_tests_is_not_reported()
        {
            using var tree = new TempTree()
                .Write("tests/Windows.Tests/Windows.Tests.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup Condition="!$([MSBuild]::IsOSPlatform('Windows'))">
                        <IsTestProject>false</IsTestProject>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="NUnit" Version="4.3.2" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Windows.Tests/InvoiceTests.cs", TestFiles.NUnitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void IsTestProject_false_on_a_shared_test_helpers_library_is_not_reported()
        {
            using var tree = new TempTree()
                .Write("tests/Shop.Testing/Shop.Testing.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <IsTestProject>false</IsTestProject>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="xunit" Version="2.9.3" />
                      </ItemGroup>
                    </Project>
                    """)
                .Write("tests/Shop.Testing/OrderFixtures.cs", TestFiles.NotTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Tests_of_a_nested_project_do_not_count_for_the_outer_one()
        {
            using var tree = new TempTree()
                .Write("tools/Tools.csproj", TestFiles.XunitProject.Replace("<ItemGroup>", "<PropertyGroup><IsTestProject>false</IsTestProject></PropertyGroup>\n  <ItemGroup>", System.StringComparison.Ordinal))
                .Write("tools/Tools.Tests/Tools.Tests.csproj", TestFiles.XunitProject)
                .Write("tools/Tools.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Test_project_missing_from_the_sln_is_reported_on_the_solution()
        {
            using var tree = new TempTree()
                .Write("Shop.sln", """
                    Microsoft Visual Studio Solution File, Format Version 12.00
                    Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Shop", "src\Shop\Shop.csproj", "{11111111-1111-1111-1111-111111111111}"
                    EndProject
                    """)
                .Write("src/Shop/Shop.csproj", TestFiles.LibraryProject)
                .Write("tests/Shop.Tests/Shop.Tests.csproj", TestFiles.ShopTestsProject)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Equal(
                ["RH0601 Warning Shop.sln(0,0-0,0): 'Shop.sln' keeps tests out of the build: 'tests/Shop.Tests/Shop.Tests.csproj' declares tests and no scanned solution includes it"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Test_project_missing_from_the_slnx_is_reported_on_the_solution()
        {
            using var tree = new TempTree()
                .Write("Shop.slnx", """
                    <Solution>
                      <Folder Name="/src/">
                        <Project Path="src/Shop/Shop.csproj" />
                      </Folder>
                    </Solution>
                    """)
                .Write("src/Shop/Shop.csproj", TestFiles.LibraryProject)
                .Write("tests/Shop.Tests/Shop.Tests.csproj", TestFiles.ShopTestsProject)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Equal(
                ["RH0601 Warning Shop.slnx(0,0-0,0): 'Shop.slnx' keeps tests out of the build: 'tests/Shop.Tests/Shop.Tests.csproj' declares tests and no scanned solution includes it"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Test_project_in_the_solution_is_not_reported()
        {
            using var tree = new TempTree()
                .Write("Shop.sln", """
                    Microsoft Visual Studio Solution File, Format Version 12.00
                    Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Shop.Tests", "tests\Shop.Tests\Shop.Tests.csproj", "{22222222-2222-2222-2222-222222222222}"
                    EndProject
                    """)
                .Write("tests/Shop.Tests/Shop.Tests.csproj", TestFiles.XunitProject)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void A_dotnet_new_template_test_project_missing_from_the_solution_is_not_reported()
        {
            using var tree = new TempTree()
                .Write("Shop.slnx", "<Solution />")
                .Write("templates/xunit/.template.config/template.json", "{ \"shortName\": \"shoptest\" }")
                .Write("templates/xunit/TestProject.csproj", TestFiles.XunitProject)
                .Write("templates/xunit/UnitTest1.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void A_test_project_that_references_no_solution_project_is_not_reported()
        {
            // A sample, or a test asset that other tests build: deliberately outside the solution.
            using var tree = new TempTree()
                .Write("Shop.slnx", "<Solution><Project Path=\"src/Shop/Shop.csproj\" /></Solution>")
                .Write("src/Shop/Shop.csproj", TestFiles.LibraryProject)
                .Write("test/TestAssets/PerfTestProject/PerfTestProject.csproj", TestFiles.XunitProject)
                .Write("test/TestAssets/PerfTestProject/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Projects_without_tests_missing_from_the_solution_are_not_reported()
        {
            using var tree = new TempTree()
                .Write("Shop.slnx", "<Solution />")
                .Write("samples/Demo/Demo.csproj", TestFiles.LibraryProject)
                .Write("samples/Demo/OrderFixtures.cs", TestFiles.NotTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Without_a_solution_no_project_is_missing_from_one()
        {
            using var tree = new TempTree()
                .Write("tests/Shop.Tests/Shop.Tests.csproj", TestFiles.XunitProject)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Invalid_solution_and_project_xml_give_no_finding_and_no_exception()
        {
            using var tree = new TempTree()
                .Write("Shop.slnx", "<Solution><Project Path=")
                .Write("tests/Shop.Tests/Shop.Tests.csproj", TestFiles.XunitProject)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests)
                .Write("tests/Broken/Broken.csproj", "<Project><ItemGroup><Compile Remove=\"**\" </Project>")
                .Write("tests/Broken/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }
    }
}
