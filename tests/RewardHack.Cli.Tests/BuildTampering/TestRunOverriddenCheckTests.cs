using RewardHack.Cli.BuildTampering;
using RewardHack.Cli.Tests.Infrastructure;
using Xunit;

namespace RewardHack.Cli.Tests.BuildTampering
{
    public class TestRunOverriddenCheckTests
    {
        private static readonly TestRunOverriddenCheck Check = new();

        private static string[] Scan(string path, string contents)
        {
            using var tree = new TempTree().Write(path, contents);
            return [.. RepositoryScan.Run(Check, tree)];
        }

        [Fact]
        public void VSTest_target_redefined_in_Directory_Build_targets_is_reported()
        {
            var findings = Scan("Directory.Build.targets", """
                <Project>
                  <Target Name="VSTest">
                    <Message Text="All tests passed." Importance="high" />
                  </Target>
                </Project>
                """);

            Assert.Equal(
                ["RH0605 Warning Directory.Build.targets(2,3-2,25): '<Target Name=\"VSTest\">' replaces the SDK's test run, so dotnet test runs this target instead of the tests"],
                findings);
        }

        [Fact]
        public void Targets_file_imported_by_Directory_Build_targets_is_part_of_the_build()
        {
            using var tree = new TempTree()
                .Write("Directory.Build.targets", """
                    <Project>
                      <Import Project="$(MSBuildThisFileDirectory)eng\Testing.targets" />
                    </Project>
                    """)
                .Write("eng/Testing.targets", """
                    <Project>
                      <Target Name="InvokeTestingPlatform" />
                    </Project>
                    """);

            Assert.Equal(
                ["RH0605 Warning eng/Testing.targets(2,3-2,42): '<Target Name=\"InvokeTestingPlatform\">' replaces the SDK's test run, so dotnet test runs this target instead of the tests"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void A_test_frameworks_own_targets_shipped_in_its_package_are_not_reported()
        {
            // The targets a package gives its consumers (here, a test platform's own VSTest target) are not this repository's build.
            Assert.Empty(Scan("src/TestPlatform.Build/buildTransitive/TestPlatform.targets", """
                <Project>
                  <Target Name="VSTest" DependsOnTargets="BuildProject">
                    <MSBuild Projects="$(MSBuildProjectFullPath)" Targets="Test" ContinueOnError="ErrorAndContinue" />
                  </Target>
                </Project>
                """));
        }

        [Fact]
        public void Test_target_that_runs_nothing_is_reported()
        {
            var findings = Scan("build.proj", """
                <Project>
                  <Target Name="Test" />
                </Project>
                """);

            Assert.Equal(
                ["RH0605 Warning build.proj(2,3-2,25): '<Target Name=\"Test\">' defines the test target with nothing in it that runs tests"],
                findings);
        }

        [Fact]
        public void Test_run_whose_failure_is_ignored_is_reported_at_the_task()
        {
            var findings = Scan("Directory.Build.targets", """
                <Project>
                  <Target Name="RunAllTests" AfterTargets="Build">
                    <Exec Command="dotnet test $(SolutionPath)" ContinueOnError="true" />
                    <Exec Command="dotnet vstest Shop.Tests.dll" IgnoreExitCode="true" />
                    <MSBuild Projects="@(TestProject)" Targets="VSTest" ContinueOnError="WarnAndContinue" />
                  </Target>
                </Project>
                """);

            Assert.Equal(
                [
                    "RH0605 Warning Directory.Build.targets(3,5-3,74): 'ContinueOnError=\"true\"' lets the build pass when the tests run by <Exec> fail",
                    "RH0605 Warning Directory.Build.targets(4,5-4,74): 'IgnoreExitCode=\"true\"' lets the build pass when the tests run by <Exec> fail",
                    "RH0605 Warning Directory.Build.targets(5,5-5,93): 'ContinueOnError=\"WarnAndContinue\"' lets the build pass when the tests run by <MSBuild> fail",
                ],
                findings);
        }

        [Fact]
        public void Test_run_properties_and_runsettings_that_leave_out_or_ignore_tests_are_reported()
        {
            using var tree = new TempTree()
                .Write("Directory.Build.props", """
                    <Project>
                      <PropertyGroup>
                        <VSTestTestCaseFilter>FullyQualifiedName!~OrderTests</VSTestTestCaseFilter>
                        <TestingPlatformCommandLineArguments>$(TestingPlatformCommandLineArguments) --ignore-exit-code 2</TestingPlatformCommandLineArguments>
                      </PropertyGroup>
                    </Project>
                    """)
                .Write("tests/ci.runsettings", """
                    <RunSettings>
                      <RunConfiguration>
                        <TestCaseFilter>TestCategory!=KnownFailures</TestCaseFilter>
                      </RunConfiguration>
                    </RunSettings>
                    """);

            Assert.Equal(
                [
                    "RH0605 Warning Directory.Build.props(3,5-3,80): 'VSTestTestCaseFilter: FullyQualifiedName!~OrderTests' leaves the tests it excludes out of every test run",
                    "RH0605 Warning Directory.Build.props(4,5-4,139): 'TestingPlatformCommandLineArguments: --ignore-exit-code 2' makes test runs pass when tests fail",
                    "RH0605 Warning tests/ci.runsettings(3,5-3,65): 'TestCaseFilter: TestCategory!=KnownFailures' leaves the tests it excludes out of every test run",
                ],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Directory_Build_targets_with_unrelated_targets_is_not_reported()
        {
            Assert.Empty(Scan("Directory.Build.targets", """
                <Project>
                  <Target Name="PrintVersion" AfterTargets="Build">
                    <Message Text="$(Version)" Importance="high" />
                    <Exec Command="dotnet build-server shutdown" ContinueOnError="true" />
                  </Target>
                  <Target Name="CollectCoverage" AfterTargets="VSTest">
                    <Exec Command="reportgenerator -reports:coverage.xml" ContinueOnError="true" />
                  </Target>
                </Project>
                """));
        }

        [Fact]
        public void VSTest_target_in_the_body_of_an_SDK_style_project_is_not_reported()
        {
            // The SDK's targets are imported after the project body, so the SDK's VSTest target wins over this one.
            Assert.Empty(Scan("tests/Shop.Tests/Shop.Tests.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <Target Name="VSTest" />
                </Project>
                """));
        }

        [Fact]
        public void Test_target_that_runs_a_script_or_depends_on_targets_is_not_reported()
        {
            Assert.Empty(Scan("build.proj", """
                <Project>
                  <Target Name="Test">
                    <Exec Command="./eng/run-tests.sh" />
                  </Target>
                  <Target Name="test" DependsOnTargets="Build;RunUnitTests" />
                </Project>
                """));
        }

        [Fact]
        public void Suite_selection_by_category_is_not_reported()
        {
            Assert.Empty(Scan("Directory.Build.props", """
                <Project>
                  <PropertyGroup>
                    <VSTestTestCaseFilter>Category!=Integration</VSTestTestCaseFilter>
                    <TestingPlatformCommandLineArguments>--ignore-exit-code 8 --report-trx</TestingPlatformCommandLineArguments>
                  </PropertyGroup>
                </Project>
                """));
        }
    }
}
