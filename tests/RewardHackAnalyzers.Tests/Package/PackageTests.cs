using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Package
{
    /// <summary>The packed .nupkg, as a user gets it: its layout, and what it does to a fresh project that references it.</summary>
    [Collection(EndToEndGroup.Name)]
    [Trait("Category", "EndToEnd")]
    public class PackageTests : IClassFixture<PackedPackage>
    {
        private readonly PackedPackage _package;

        public PackageTests(PackedPackage package)
        {
            _package = package;
        }

        [Fact]
        public void Package_holds_the_analyzers_build_logic_presets_and_readme_and_nothing_else()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);

            var contents = archive.Entries.Select(e => e.FullName).Where(n => !IsPackagingMetadata(n)).Order(StringComparer.Ordinal);
            Assert.Equal(
                [
                    "README.md",
                    "RewardHackAnalyzers.nuspec",
                    "analyzers/dotnet/cs/RewardHackAnalyzers.CodeFixes.dll",
                    "analyzers/dotnet/cs/RewardHackAnalyzers.dll",
                    "build/RewardHackAnalyzers.props",
                    "build/RewardHackAnalyzers.targets",
                    "buildTransitive/RewardHackAnalyzers.props",
                    "buildTransitive/RewardHackAnalyzers.targets",
                    "configuration/AgentReview.globalconfig",
                    "configuration/Strict.globalconfig",
                ],
                contents);

            Assert.Equal(File.ReadAllBytes(RepoPaths.Readme), Read(archive, "README.md"));
            foreach (string preset in Directory.GetFiles(RepoPaths.Presets))
            {
                Assert.Equal(File.ReadAllBytes(preset), Read(archive, "configuration/" + Path.GetFileName(preset)));
            }
        }

        [Fact]
        public void Nuspec_declares_a_development_dependency_without_dependencies()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            using ZipArchive archive = ZipFile.OpenRead(_package.PackagePath);
            using Stream nuspec = archive.GetEntry("RewardHackAnalyzers.nuspec")!.Open();

            XElement metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Equal("RewardHackAnalyzers", Value("id"));
            Assert.Equal(_package.Version, Value("version"));
            Assert.Equal("true", Value("developmentDependency"));
            Assert.Equal("README.md", Value("readme"));
            Assert.Null(Value("dependencies"));
        }

        [Fact]
        public void Consumer_gets_RH0001_as_a_warning_by_default_and_as_an_error_under_Strict_and_AgentReview()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            ConsumerProject consumer = _package.CreateConsumer("consumer-modes");

            DotnetResult byDefault = consumer.Build(mode: null);
            Assert.True(byDefault.Succeeded, byDefault.Describe());
            AssertRestoredFromTheFeed(consumer);
            DiagnosticAssert.Exactly([RiggedEquals("warning")], consumer.Diagnostics(byDefault), byDefault);

            // Incremental builds: switching the mode alone must recompile and apply the new preset.
            foreach (string mode in new[] { "Strict", "AgentReview" })
            {
                DotnetResult gated = consumer.Build(mode);
                Assert.False(gated.Succeeded, gated.Describe());
                DiagnosticAssert.Exactly([RiggedEquals("error")], consumer.Diagnostics(gated), gated);
            }
        }

        [Fact]
        public void Default_mode_leaves_the_projects_category_wide_setting_in_force()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            ConsumerProject consumer = _package.CreateConsumer("consumer-category");
            consumer.Write(".editorconfig", """
                root = true

                [*.cs]
                dotnet_analyzer_diagnostic.category-RiggedEquality.severity = error
                """);

            DotnetResult build = consumer.Build(mode: "Default");

            Assert.False(build.Succeeded, build.Describe());
            DiagnosticAssert.Exactly([RiggedEquals("error")], consumer.Diagnostics(build), build);
        }

        [Fact]
        public void An_unknown_mode_fails_the_build_and_names_the_valid_modes()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            ConsumerProject consumer = _package.CreateConsumer("consumer-typo");

            DotnetResult build = consumer.Build("Strictest");

            Assert.False(build.Succeeded, build.Describe());
            BuildDiagnostic error = Assert.Single(consumer.Diagnostics(build), d => d.Severity == "error");
            Assert.Equal("RHMODE01", error.Id);
            Assert.EndsWith("/buildTransitive/RewardHackAnalyzers.targets", error.File, StringComparison.Ordinal);
            Assert.Contains(
                "RewardHackAnalysisMode is 'Strictest', which is not a RewardHackAnalyzers mode. Use Default, Strict or AgentReview.",
                build.Output,
                StringComparison.Ordinal);
        }

        [Fact]
        public void A_test_compiled_only_for_another_target_framework_is_not_reported_as_disabled()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            ConsumerProject consumer = _package.CreateConsumer("consumer-frameworks");
            consumer.Write("Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks>
                    <LangVersion>latest</LangVersion>
                  </PropertyGroup>
                  <PropertyGroup Condition="'$(TargetFramework)' == 'netstandard2.0'">
                    <DefineConstants>$(DefineConstants);LEGACY_DRIVER</DefineConstants>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="RewardHackAnalyzers" Version="{_package.Version}" />
                    <PackageReference Include="xunit" Version="2.9.3" />
                  </ItemGroup>
                </Project>
                """);
            File.Delete(Path.Combine(consumer.Directory, "Price.cs"));
            consumer.Write("DriverTests.cs", DriverTests);

            DotnetResult build = consumer.Build(mode: null);

            Assert.True(build.Succeeded, build.Describe());
            // Both frameworks' compilations report the flaky test; neither reports the legacy one.
            DiagnosticAssert.Exactly(
                [new BuildDiagnostic("RH0404", "warning", "DriverTests.cs", LineOf(DriverTests, "#if FLAKY_TESTS"))],
                consumer.Diagnostics(build),
                build);
            foreach (string framework in new[] { "netstandard2.0", "net10.0" })
            {
                Assert.Contains(
                    build.Output.Split('\n'),
                    line => line.Contains("warning RH0404", StringComparison.Ordinal) && line.Contains("TargetFramework=" + framework + "]", StringComparison.Ordinal));
            }
        }

        private const string DriverTests = """
            namespace Consumer
            {
                public static class Adder
                {
                    public static int Add(int a, int b) => a + b;
                }

                public class DriverTests
                {
                    [Xunit.Fact]
                    public void Adds() => Xunit.Assert.Equal(5, Adder.Add(2, 3));
            #if LEGACY_DRIVER
                    [Xunit.Fact]
                    public void Adds_with_the_legacy_driver() => Xunit.Assert.Equal(7, Adder.Add(3, 4));
            #endif
            #if FLAKY_TESTS
                    [Xunit.Fact]
                    public void Adds_sometimes() => Xunit.Assert.Equal(9, Adder.Add(4, 5));
            #endif
                }
            }
            """;

        private static BuildDiagnostic RiggedEquals(string severity) =>
            new("RH0001", severity, "Price.cs", LineOf(ConsumerProject.RiggedSource, "public override bool Equals"));

        private void AssertRestoredFromTheFeed(ConsumerProject consumer)
        {
            string metadata = Path.Combine(consumer.PackagesFolder, "rewardhackanalyzers", _package.Version, ".nupkg.metadata");
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(metadata));
            string source = document.RootElement.GetProperty("source").GetString()!;
            Assert.Equal(Path.TrimEndingDirectorySeparator(_package.Feed), Path.TrimEndingDirectorySeparator(source));
        }

        private static int LineOf(string source, string marker) =>
            Array.FindIndex(source.Split('\n'), line => line.Contains(marker, StringComparison.Ordinal)) + 1;

        // The Open Packaging Conventions files every .nupkg carries.
        private static bool IsPackagingMetadata(string entry) =>
            entry.StartsWith("_rels/", StringComparison.Ordinal) ||
            entry.StartsWith("package/", StringComparison.Ordinal) ||
            entry == "[Content_Types].xml";

        private static byte[] Read(ZipArchive archive, string entry)
        {
            using Stream stream = archive.GetEntry(entry)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
