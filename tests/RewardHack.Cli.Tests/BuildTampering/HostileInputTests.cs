using System.Linq;
using System.Text;
using RewardHack.Cli.Tests.Infrastructure;
using Xunit;

namespace RewardHack.Cli.Tests.BuildTampering
{
    /// <summary>Build, config and CI files the checks cannot read are skipped: no exception, and the files around them are still checked.</summary>
    public class HostileInputTests
    {
        [Fact]
        public void Hostile_yaml_is_skipped_and_the_next_workflow_is_still_checked()
        {
            using var tree = new TempTree()
                .Write(".github/workflows/a-duplicate-keys.yml", "jobs:\n  test:\n    steps:\n      - run: dotnet test || true\n  test:\n    steps: []\n")
                .Write(".github/workflows/b-recursive-alias.yml", "anchor: &a\n  - run: dotnet test || true\n  - *a\n")
                .Write(".github/workflows/c-deep.yml", string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000)))
                .WriteBytes(".github/workflows/d-binary.yml", [0x00, 0xFF, 0xFE, 0x01, 0x7B, 0x5B, 0x00])
                .Write(".github/workflows/e-ci.yml", "jobs:\n  test:\n    steps:\n      - run: dotnet test || true\n");

            var findings = RepositoryScan.RunAll(tree);

            Assert.Equal(
                [
                    "RH0604 Warning .github/workflows/b-recursive-alias.yml(2,22-2,29): Test step 'dotnet test' is neutralised by '|| true': a failing test no longer fails the step",
                    "RH0604 Warning .github/workflows/e-ci.yml(4,26-4,33): Test step 'dotnet test' is neutralised by '|| true': a failing test no longer fails the step",
                ],
                findings);
        }

        [Fact]
        public void Huge_scripts_and_solutions_are_read_without_a_pattern_timeout()
        {
            using var tree = new TempTree()
                .Write("build.sh", "dotnet test \\\n" + string.Concat(Enumerable.Repeat("  --no-build \\\n", 200_000)) + "  && echo done\n")
                .Write("long.sh", "dotnet test --filter \"Category!=" + new string('x', 1_000_000) + "\"\n")
                .Write("Shop.sln", new string('\n', 2_000_000))
                .Write("tests/Shop.Tests/Shop.Tests.csproj", TestFiles.ShopTestsProject);

            Assert.Empty(RepositoryScan.RunAll(tree));
        }

        [Fact]
        public void Hostile_xml_and_configs_are_skipped_and_the_next_project_is_still_checked()
        {
            var entityBomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">")
                .Append("<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>")
                .Append("<Project><PropertyGroup><RunAnalyzers>&lol2;</RunAnalyzers></PropertyGroup></Project>")
                .ToString();
            using var tree = new TempTree()
                .Write("a/Directory.Build.props", entityBomb)
                .Write("b/Bad.csproj", "<Project><ItemGroup><Compile Remove=\"[{**\0\" /><ProjectReference Include=\"\0\" /></ItemGroup></Project>")
                .Write("b/OrderTests.cs", "[Fact public void {{{")
                // An unclosed section header is no section: the generated_code after it applies to no file.
                .Write("c/.editorconfig", "[{*.cs\ngenerated_code = true\n= none\n[]\ndotnet_diagnostic..severity = none\n[{*.cs]\ngenerated_code = true\n")
                .Write("c/Tests.cs", "class T { [Fact] void F() { } }")
                .Write("d/Directory.Build.props", "<Project><PropertyGroup><RunAnalyzers>false</RunAnalyzers></PropertyGroup></Project>");

            var findings = RepositoryScan.RunAll(tree);

            Assert.Equal(
                [
                    "RH0603 Warning c/.editorconfig(7,1-7,22): 'generated_code = true' switches off analyzer checks of the test file 'c/Tests.cs' (most analyzers skip generated code)",
                    "RH0602 Warning d/Directory.Build.props(1,25-1,85): '<RunAnalyzers>false</RunAnalyzers>' switches off every analyzer in the build, RewardHackAnalyzers included",
                ],
                findings.OrderBy(f => f.Split(' ')[2], System.StringComparer.Ordinal));
        }
    }
}
