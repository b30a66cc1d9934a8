using System.Collections.Generic;
using System.IO;
using System.Security;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Package
{
    /// <summary>
    /// A fresh library that references the package the way a user does. Its nuget.config adds the local feed to
    /// the machine's sources (which still serve everything else) and sends packages to a cache of its own, so a
    /// stale copy of the package from an earlier run can never be the one that gets used.
    /// </summary>
    internal sealed class ConsumerProject
    {
        /// <summary>A type with state whose Equals says "equal" to everything: RH0001's defining case.</summary>
        public const string RiggedSource = """
            namespace Consumer
            {
                public sealed class Price
                {
                    public Price(decimal amount) { Amount = amount; }

                    public decimal Amount { get; }

                    public override bool Equals(object? obj) => true;

                    public override int GetHashCode() => Amount.GetHashCode();
                }
            }
            """;

        private ConsumerProject(string directory)
        {
            Directory = directory;
        }

        public string Directory { get; }

        public string PackagesFolder => Path.Combine(Directory, "packages");

        public static ConsumerProject Create(string directory, string feed, string version)
        {
            var consumer = new ConsumerProject(directory);
            System.IO.Directory.CreateDirectory(directory);
            consumer.Write("nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{SecurityElement.Escape(consumer.PackagesFolder)}" />
                  </config>
                  <packageSources>
                    <add key="rewardhack-under-test" value="{SecurityElement.Escape(feed)}" />
                  </packageSources>
                </configuration>
                """);
            // Stop MSBuild's search for Directory.Build.* in the folders above the temp folder.
            consumer.Write("Directory.Build.props", "<Project />");
            consumer.Write("Directory.Build.targets", "<Project />");
            consumer.Write("Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="RewardHackAnalyzers" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            consumer.Write("Price.cs", RiggedSource);
            return consumer;
        }

        /// <summary><c>dotnet build</c>, in the given analysis mode or (null) without setting one.</summary>
        public DotnetResult Build(string? mode)
        {
            List<string> arguments = ["build", .. DotnetCli.PlainOutput];
            if (mode is not null)
            {
                arguments.Add("-p:RewardHackAnalysisMode=" + mode);
            }

            // NUGET_PACKAGES would override the config's globalPackagesFolder, so it is pinned to the same place.
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };
            return DotnetCli.Run(Directory, arguments, environment);
        }

        /// <summary>Everything the build reported about the code (so also an analyzer that failed to load or crashed).</summary>
        public IReadOnlyList<BuildDiagnostic> Diagnostics(DotnetResult build) => BuildOutput.CompilationDiagnostics(build.Output, Directory);

        public void Write(string fileName, string content) => File.WriteAllText(Path.Combine(Directory, fileName), content);
    }
}
