using RewardHack.Cli.BuildTampering;
using RewardHack.Cli.Tests.Infrastructure;
using Xunit;

namespace RewardHack.Cli.Tests.BuildTampering
{
    public class CiTestStepNeutralisedCheckTests
    {
        private static readonly CiTestStepNeutralisedCheck Check = new();

        private static string[] Scan(string path, string contents)
        {
            using var tree = new TempTree().Write(path, contents);
            return [.. RepositoryScan.Run(Check, tree)];
        }

        [Fact]
        public void Or_true_after_dotnet_test_in_a_workflow_is_reported_at_the_evidence()
        {
            var findings = Scan(".github/workflows/ci.yml", """
                name: ci
                on: [push]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: dotnet test Shop.sln --configuration Release || true
                """);

            Assert.Equal(
                ["RH0604 Warning .github/workflows/ci.yml(8,59-8,66): Test step 'dotnet test' is neutralised by '|| true': a failing test no longer fails the step"],
                findings);
        }

        [Fact]
        public void Exit_zero_after_the_test_command_in_a_block_script_is_reported_on_its_line()
        {
            var findings = Scan(".github/workflows/ci.yml", """
                jobs:
                  test:
                    runs-on: windows-latest
                    steps:
                      - name: Test
                        shell: pwsh
                        run: |
                          dotnet build
                          dotnet test --no-build
                          exit 0
                """);

            Assert.Equal(
                ["RH0604 Warning .github/workflows/ci.yml(10,11-10,17): Test step 'dotnet test' is neutralised by 'exit 0': a failing test no longer fails the step"],
                findings);
        }

        [Fact]
        public void Continue_on_error_and_if_false_on_a_test_step_and_its_job_are_reported()
        {
            var findings = Scan(".github/workflows/ci.yml", """
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    continue-on-error: true
                    steps:
                      - run: dotnet test
                        continue-on-error: true
                      - run: dotnet test tests/Slow.Tests
                        if: ${{ false }}
                """);

            Assert.Equal(
                [
                    "RH0604 Warning .github/workflows/ci.yml(4,5-4,28): Test step 'dotnet test' is neutralised by 'continue-on-error: true': a failing test no longer fails the run",
                    "RH0604 Warning .github/workflows/ci.yml(7,9-7,32): Test step 'dotnet test' is neutralised by 'continue-on-error: true': a failing test no longer fails the job",
                    "RH0604 Warning .github/workflows/ci.yml(9,9-9,25): Test step 'dotnet test' is neutralised by 'if: ${{ false }}': the step never runs",
                ],
                findings);
        }

        [Fact]
        public void Filters_that_leave_out_named_or_failing_tests_are_reported()
        {
            var findings = Scan(".github/workflows/ci.yml", """
                jobs:
                  test:
                    steps:
                      - run: dotnet test --filter "FullyQualifiedName!=Shop.Tests.OrderTests.Total_includes_tax"
                      - run: >-
                          dotnet test
                          --filter "Category!=Failing&Category!=Integration"
                """);

            Assert.Equal(
                [
                    "RH0604 Warning .github/workflows/ci.yml(4,36-4,96): Test step 'dotnet test' is neutralised by 'FullyQualifiedName!=Shop.Tests.OrderTests.Total_includes_tax': the tests it excludes never run",
                    "RH0604 Warning .github/workflows/ci.yml(7,21-7,38): Test step 'dotnet test' is neutralised by 'Category!=Failing': the tests it excludes never run",
                ],
                findings);
        }

        [Fact]
        public void Ignoring_the_failed_tests_exit_code_by_option_or_variable_is_reported()
        {
            var findings = Scan(".github/workflows/ci.yml", """
                env:
                  TESTINGPLATFORM_EXITCODE_IGNORE: "2;8"
                jobs:
                  test:
                    steps:
                      - run: dotnet test --project tests/Shop.Tests -- --ignore-exit-code 2
                """);

            Assert.Equal(
                [
                    "RH0604 Warning .github/workflows/ci.yml(2,3-2,41): Test step 'dotnet test' is neutralised by 'TESTINGPLATFORM_EXITCODE_IGNORE: 2;8': a failing test no longer fails the step",
                    "RH0604 Warning .github/workflows/ci.yml(6,56-6,76): Test step 'dotnet test' is neutralised by '--ignore-exit-code 2': a failing test no longer fails the step",
                ],
                findings);
        }

        [Fact]
        public void Azure_pipeline_test_task_and_script_are_reported()
        {
            var findings = Scan("azure-pipelines.yml", """
                steps:
                - task: DotNetCoreCLI@2
                  continueOnError: true
                  inputs:
                    command: test
                    arguments: '--filter "Name!=Rounds_to_cents"'
                - script: dotnet test || exit 0
                  condition: false
                """);

            Assert.Equal(
                [
                    "RH0604 Warning azure-pipelines.yml(3,3-3,24): Test step 'DotNetCoreCLI@2' is neutralised by 'continueOnError: true': a failing test no longer fails the job",
                    "RH0604 Warning azure-pipelines.yml(6,27-6,48): Test step 'DotNetCoreCLI@2' is neutralised by 'Name!=Rounds_to_cents': the tests it excludes never run",
                    "RH0604 Warning azure-pipelines.yml(7,23-7,32): Test step 'dotnet test' is neutralised by '|| exit 0': a failing test no longer fails the step",
                    "RH0604 Warning azure-pipelines.yml(8,3-8,19): Test step 'dotnet test' is neutralised by 'condition: false': the step never runs",
                ],
                findings);
        }

        [Fact]
        public void GitLab_job_allowed_to_fail_is_reported()
        {
            var findings = Scan(".gitlab-ci.yml", """
                test:
                  script:
                    - dotnet restore
                    - dotnet test
                  allow_failure: true
                """);

            Assert.Equal(
                ["RH0604 Warning .gitlab-ci.yml(5,3-5,22): Test step 'dotnet test' is neutralised by 'allow_failure: true': a failing test no longer fails the job"],
                findings);
        }

        [Fact]
        public void Shell_script_with_or_true_on_a_continued_test_command_is_reported()
        {
            var findings = Scan("build.sh", """
                #!/usr/bin/env bash
                set -euo pipefail
                dotnet test Shop.sln \
                  --configuration Release || true
                """);

            Assert.Equal(["RH0604 Warning build.sh(4,27-4,34): Test step 'dotnet test' is neutralised by '|| true': a failing test no longer fails the step"], findings);
        }

        [Fact]
        public void PowerShell_script_resetting_LASTEXITCODE_after_the_tests_is_reported()
        {
            var findings = Scan("eng/test.ps1", """
                dotnet test tests/Shop.Tests
                $global:LASTEXITCODE = 0
                """);

            Assert.Equal(["RH0604 Warning eng/test.ps1(2,1-2,25): Test step 'dotnet test' is neutralised by '$global:LASTEXITCODE = 0': a failing test no longer fails the step"], findings);
        }

        [Fact]
        public void Cmd_script_and_ci_folder_script_are_reported()
        {
            using var tree = new TempTree()
                .Write("build.cmd", "vstest.console.exe Shop.Tests.dll & exit /b 0\r\n")
                .Write(".ci/test", "export TESTINGPLATFORM_EXITCODE_IGNORE=2\ndotnet test\n");

            Assert.Equal(
                [
                    "RH0604 Warning .ci/test(1,8-1,41): Test step 'dotnet test' is neutralised by 'TESTINGPLATFORM_EXITCODE_IGNORE=2': a failing test no longer fails the step",
                    "RH0604 Warning build.cmd(1,35-1,46): Test step 'vstest.console.exe' is neutralised by '& exit /b 0': a failing test no longer fails the step",
                ],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Failure_turned_into_a_message_is_reported()
        {
            var findings = Scan("scripts/test.sh", """
                dotnet test || echo "::warning::tests failed"
                dotnet test || { echo "tests failed"; exit 1; }
                """);

            Assert.Equal(["RH0604 Warning scripts/test.sh(1,13-1,20): Test step 'dotnet test' is neutralised by '|| echo': a failing test no longer fails the step"], findings);
        }

        [Fact]
        public void Continue_on_error_on_a_coverage_upload_step_is_not_reported()
        {
            Assert.Empty(Scan(".github/workflows/ci.yml", """
                jobs:
                  test:
                    steps:
                      - run: dotnet test --collect "XPlat Code Coverage"
                      - uses: codecov/codecov-action@v4
                        continue-on-error: true
                      - run: ./upload-coverage.sh || true
                """));
        }

        [Fact]
        public void Or_true_on_tool_restore_is_not_reported()
        {
            Assert.Empty(Scan(".github/workflows/ci.yml", """
                jobs:
                  test:
                    steps:
                      - run: |
                          dotnet tool restore || true
                          dotnet test
                """));
        }

        [Fact]
        public void Excluding_a_suite_by_category_and_ignoring_zero_tests_are_not_reported()
        {
            Assert.Empty(Scan(".github/workflows/ci.yml", """
                env:
                  TESTINGPLATFORM_EXITCODE_IGNORE: 8
                jobs:
                  test:
                    steps:
                      - run: dotnet test --filter "Category!=Integration&TestCategory!=Slow" -- --ignore-exit-code 8
                """));
        }

        [Fact]
        public void Computed_continue_on_error_and_conditions_are_not_reported()
        {
            Assert.Empty(Scan(".github/workflows/ci.yml", """
                jobs:
                  test:
                    continue-on-error: ${{ matrix.experimental }}
                    steps:
                      - run: dotnet test
                        if: github.event_name == 'push'
                """));
        }

        [Fact]
        public void Test_command_whose_failure_is_handled_is_not_reported()
        {
            Assert.Empty(Scan("build.sh", """
                # dotnet test || true
                dotnet test && exit 0
                dotnet test
                if [ $? -ne 0 ]; then echo "tests failed"; exit 1; fi
                exit 0
                """));
        }

        [Fact]
        public void Yaml_outside_ci_folders_and_invalid_yaml_are_not_read()
        {
            using var tree = new TempTree()
                .Write("docs/examples/ci.yml", "steps:\n  - run: dotnet test || true\n")
                .Write(".github/workflows/broken.yml", "jobs: [\n  - run: dotnet test || true\n");

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }
    }
}
