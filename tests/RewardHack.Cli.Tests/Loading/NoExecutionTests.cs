using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>
    /// The default scan never runs anything from the scanned tree: build logic planted in Directory.Build.props/.targets
    /// and in the project (initial targets, targets before every common target, property functions, Exec) would each
    /// write a file if MSBuild evaluated or built the project. After the scan the tree holds exactly the files it held.
    /// </summary>
    public class NoExecutionTests
    {
        private static string Pwn(string marker) => $"""
              <Target Name="Pwn{marker}" BeforeTargets="Restore;_GenerateRestoreGraph;CollectPackageReferences;CoreCompile;Build;Compile;ResolveReferences">
                <WriteLinesToFile File="$(MSBuildThisFileDirectory)written-by-{marker}.txt" Lines="ran" />
                <Exec Command="echo ran &gt; $(MSBuildThisFileDirectory)exec-by-{marker}.txt" />
              </Target>
            """;

        [Fact]
        public async Task Planted_build_logic_writes_no_file_during_a_scan()
        {
            using var tree = new TempTree()
                .Write("Directory.Build.props", $"""
                    <Project InitialTargets="PwnProps">
                      <PropertyGroup>
                        <Written>$([System.IO.File]::WriteAllText('$(MSBuildThisFileDirectory)written-by-property-function.txt', 'ran'))</Written>
                      </PropertyGroup>
                    {Pwn("Props")}
                    </Project>
                    """)
                .Write("Directory.Build.targets", $"""
                    <Project InitialTargets="PwnTargets">
                    {Pwn("Targets")}
                    </Project>
                    """)
                .Write("Shop/Shop.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk" InitialTargets="PwnCsproj">
                      <PropertyGroup>
                        <TargetFramework>net10.0</TargetFramework>
                      </PropertyGroup>
                      <Import Project="../evil.targets" />
                    {Pwn("Csproj")}
                    </Project>
                    """)
                .Write("evil.targets", $"<Project>{Pwn("Import")}</Project>")
                .Write("Shop/Money.cs", """
                    public sealed class Money
                    {
                        public decimal Amount { get; set; }

                        public override bool Equals(object? obj) => true;

                        public override int GetHashCode() => 0;
                    }
                    """);
            var before = Files(tree);

            var folderScan = await CliRun.Of("scan", tree.Root, "--no-progress");
            var projectScan = await CliRun.Of("scan", tree.PathOf("Shop/Shop.csproj"), "--no-progress");

            Assert.Equal(["Shop/Money.cs(5,26): Warning RH0001"], folderScan.OutLines);
            Assert.Equal(["Money.cs(5,26): Warning RH0001"], projectScan.OutLines);
            Assert.Equal(before, Files(tree));
        }

        private static string[] Files(TempTree tree) =>
            [.. Directory.GetFiles(tree.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(tree.Root, f)).Order(System.StringComparer.Ordinal)];
    }
}
