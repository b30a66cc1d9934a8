using System.Linq;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>SDK-style project files for scanned test trees. None of them is ever restored.</summary>
    internal static class ProjectText
    {
        public static string Csproj(string[]? packages = null, string properties = "", string items = "", string framework = "<TargetFramework>net10.0</TargetFramework>") =>
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {framework}
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
