using RewardHack.Cli.BuildTampering;
using RewardHack.Cli.Tests.Infrastructure;
using Xunit;

namespace RewardHack.Cli.Tests.BuildTampering
{
    public class AnalyzersSwitchedOffInBuildCheckTests
    {
        private static readonly AnalyzersSwitchedOffInBuildCheck Check = new();

        private static string[] Scan(string path, string contents)
        {
            using var tree = new TempTree().Write(path, contents);
            return [.. RepositoryScan.Run(Check, tree)];
        }

        [Fact]
        public void RunAnalyzers_properties_set_to_false_are_reported()
        {
            var findings = Scan("Directory.Build.props", """
                <Project>
                  <PropertyGroup>
                    <RunAnalyzersDuringBuild>false</RunAnalyzersDuringBuild>
                    <RunAnalyzers Condition="'$(CI)' == 'true'"> False </RunAnalyzers>
                  </PropertyGroup>
                </Project>
                """);

            Assert.Equal(
                [
                    "RH0602 Warning Directory.Build.props(3,5-3,61): '<RunAnalyzersDuringBuild>false</RunAnalyzersDuringBuild>' switches off every analyzer in the build, RewardHackAnalyzers included",
                    "RH0602 Warning Directory.Build.props(4,5-4,71): '<RunAnalyzers>False</RunAnalyzers>' switches off every analyzer in the build, RewardHackAnalyzers included",
                ],
                findings);
        }

        [Fact]
        public void NoWarn_and_WarningsNotAsErrors_naming_RH_rules_are_reported_with_the_ids()
        {
            var findings = Scan("src/Shop/Shop.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <NoWarn>$(NoWarn);CS1591;rh0001, RH0402</NoWarn>
                    <WarningsNotAsErrors>RH0004</WarningsNotAsErrors>
                  </PropertyGroup>
                </Project>
                """);

            Assert.Equal(
                [
                    "RH0602 Warning src/Shop/Shop.csproj(3,5-3,53): 'NoWarn' switches off RH0001, RH0402",
                    "RH0602 Warning src/Shop/Shop.csproj(4,5-4,54): 'WarningsNotAsErrors' switches off the error level of RH0004",
                ],
                findings);
        }

        [Fact]
        public void Test_integrity_checks_silenced_in_a_test_project_are_reported()
        {
            var findings = Scan("tests/Shop.Tests/Shop.Tests.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <NoWarn>$(NoWarn);xUnit1026;xUnit1004;CS0162</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="xunit" Version="2.9.3" />
                  </ItemGroup>
                </Project>
                """);

            Assert.Equal(
                ["RH0602 Warning tests/Shop.Tests/Shop.Tests.csproj(3,5-3,58): 'NoWarn' switches off test-integrity check xUnit1004, test-integrity check CS0162"],
                findings);
        }

        [Fact]
        public void Test_integrity_ids_silenced_outside_test_projects_are_not_reported()
        {
            // Unreachable code (CS0162) in production code is no test that cannot fail.
            Assert.Empty(Scan("src/Shop/Shop.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <NoWarn>$(NoWarn);CS0162</NoWarn>
                  </PropertyGroup>
                </Project>
                """));
        }

        [Fact]
        public void The_package_removed_or_stripped_of_its_analyzers_is_reported()
        {
            var findings = Scan("Directory.Build.targets", """
                <Project>
                  <ItemGroup>
                    <PackageReference Update="RewardHackAnalyzers" ExcludeAssets="analyzers" />
                    <PackageReference Remove="RewardHackAnalyzers" />
                    <PackageReference Update="RewardHackAnalyzers">
                      <IncludeAssets>runtime; build</IncludeAssets>
                    </PackageReference>
                  </ItemGroup>
                  <Target Name="DropAnalyzers" BeforeTargets="CoreCompile">
                    <ItemGroup>
                      <Analyzer Remove="@(Analyzer)" />
                    </ItemGroup>
                  </Target>
                </Project>
                """);

            Assert.Equal(
                [
                    "RH0602 Warning Directory.Build.targets(3,5-3,80): 'ExcludeAssets=\"analyzers\"' switches off every RewardHackAnalyzers rule",
                    "RH0602 Warning Directory.Build.targets(4,5-4,54): 'PackageReference Remove=\"RewardHackAnalyzers\"' switches off every RewardHackAnalyzers rule",
                    "RH0602 Warning Directory.Build.targets(5,5-5,52): 'IncludeAssets=\"runtime; build\"' switches off every RewardHackAnalyzers rule",
                    "RH0602 Warning Directory.Build.targets(11,7-11,40): 'Analyzer Remove=\"@(Analyzer)\"' switches off every analyzer in the build, RewardHackAnalyzers included",
                ],
                findings);
        }

        [Fact]
        public void NoWarn_of_unrelated_ids_is_not_reported()
        {
            Assert.Empty(Scan("src/Shop/Shop.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <NoWarn>$(NoWarn);CS1591;NU1603;RHX001;RH00012</NoWarn>
                    <WarningsNotAsErrors>$(WarningsNotAsErrors);NU1603</WarningsNotAsErrors>
                  </PropertyGroup>
                </Project>
                """));
        }

        [Fact]
        public void The_recommended_private_package_reference_is_not_reported()
        {
            Assert.Empty(Scan("Directory.Build.props", """
                <Project>
                  <ItemGroup>
                    <PackageReference Include="RewardHackAnalyzers" PrivateAssets="all" IncludeAssets="runtime; build; native; contentfiles; analyzers" />
                    <PackageReference Update="StyleCop.Analyzers" ExcludeAssets="analyzers" />
                  </ItemGroup>
                </Project>
                """));
        }

        [Fact]
        public void Analyzers_kept_on_or_off_only_in_the_IDE_are_not_reported()
        {
            Assert.Empty(Scan("Directory.Build.props", """
                <Project>
                  <PropertyGroup>
                    <RunAnalyzers>true</RunAnalyzers>
                    <RunAnalyzersDuringLiveAnalysis>false</RunAnalyzersDuringLiveAnalysis>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Remove="$(PkgLegacy_Analyzers)/analyzers/Legacy.Analyzers.dll" />
                  </ItemGroup>
                </Project>
                """));
        }

        [Fact]
        public void Analyzers_run_for_one_target_framework_of_a_multi_targeted_project_are_not_reported()
        {
            Assert.Empty(Scan("Directory.Build.targets", """
                <Project>
                  <PropertyGroup>
                    <RunAnalyzers Condition="'$(TargetFramework)' != 'net8.0'">false</RunAnalyzers>
                  </PropertyGroup>
                </Project>
                """));
        }

        [Fact]
        public void Invalid_xml_gives_no_finding_and_no_exception()
        {
            Assert.Empty(Scan("Directory.Build.props", "<Project><PropertyGroup><RunAnalyzers>false</RunAnalyzers>"));
        }
    }
}
