using System.Linq;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>SDK-style project files for scanned test trees. None of them is ever restored.</summary>
    internal static class ProjectText
    {
        public static string Csproj(string[]? packages = null, string properties = "", string items = "", string sdk = "Microsoft.NET.Sdk") =>
            $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {string.Concat((packages ?? []).Select(p => $"""<PackageReference Include="{p}" Version="1.0.0" />"""))}
                {items}
              </ItemGroup>
            </Project>
            """;

        public static string TestCsproj(params string[] packages) => Csproj(["Microsoft.NET.Test.Sdk", .. packages]);
    }
}
