using System;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Package
{
    /// <summary>
    /// RH0503, reported by the package's build logic: a consumer that switches the rules off in its build configuration
    /// gets a warning for each way it did so, unless it allows the suppression and records why. Cases share a consumer
    /// build where they do not interfere, because consumer builds are slow.
    /// </summary>
    [Collection(EndToEndGroup.Name)]
    [Trait("Category", "EndToEnd")]
    public class SuppressionConfigurationTests : IClassFixture<PackedPackage>
    {
        private const string Help = "Remove it, or set RewardHackAllowSuppression to true and record why in RewardHackSuppressionReason.";

        private const string EveryPropertySuppression = """
            <NoWarn>$(NoWarn);CS1591,RH0001</NoWarn>
            <WarningsNotAsErrors>RH0004</WarningsNotAsErrors>
            <RunAnalyzers>false</RunAnalyzers>
            """;

        private const string RuleSetToNone = """
            root = true
            [*.cs]
            dotnet_diagnostic.RH0001.severity = none # the equality is fine
            """;

        private readonly PackedPackage _package;

        public SuppressionConfigurationTests(PackedPackage package)
        {
            _package = package;
        }

        [Fact]
        public void NoWarn_WarningsNotAsErrors_RunAnalyzers_and_editorconfig_each_get_a_warning()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            ConsumerProject consumer = Consumer("suppression-each", EveryPropertySuppression);
            consumer.Write(".editorconfig", RuleSetToNone);

            DotnetResult build = consumer.Build(mode: null);

            Assert.True(build.Succeeded, build.Describe());
            DiagnosticAssert.Exactly(
                [new("RH0503", "warning", ".editorconfig", 0), new("RH0503", "warning", "Consumer.csproj", 0)],
                consumer.Diagnostics(build),
                build);
            Assert.Contains("warning RH0503: NoWarn suppresses RewardHackAnalyzers rules (RH0001). " + Help, build.Output, StringComparison.Ordinal);
            Assert.Contains("warning RH0503: WarningsNotAsErrors suppresses RewardHackAnalyzers rules (RH0004). " + Help, build.Output, StringComparison.Ordinal);
            Assert.Contains("warning RH0503: RunAnalyzers or RunAnalyzersDuringBuild is false, which suppresses RewardHackAnalyzers rules. " + Help, build.Output, StringComparison.Ordinal);
            Assert.Contains("warning RH0503: Setting a severity to none or silent suppresses RewardHackAnalyzers rules. " + Help, build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Category_set_to_none_in_a_globalconfig_and_RH0503_itself_in_NoWarn_fail_the_build()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            ConsumerProject consumer = Consumer("suppression-silenced", "<NoWarn>$(NoWarn);RH0503</NoWarn>");
            consumer.Write(".globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.category-RiggedEquality.severity = none\n");

            DotnetResult build = consumer.Build(mode: null);

            // NoWarn silences MSBuild's own warnings too, so naming RH0503 there turns the finding into an error; the
            // globalconfig's warning is among those it silences, and RH0001 on Price.cs is off by category.
            Assert.False(build.Succeeded, build.Describe());
            DiagnosticAssert.Exactly([new("RH0503", "error", "Consumer.csproj", 0)], consumer.Diagnostics(build), build);
            Assert.Contains("error RH0503: NoWarn, MSBuildWarningsAsMessages or WarningsAsMessages names RH0503", build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Allowed_suppression_with_a_reason_is_silent_and_logged()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            ConsumerProject consumer = Consumer("suppression-allowed", EveryPropertySuppression + """
                <RewardHackAllowSuppression>true</RewardHackAllowSuppression>
                <RewardHackSuppressionReason>Generated interop layer, reviewed in #42</RewardHackSuppressionReason>
                """);
            consumer.Write(".editorconfig", RuleSetToNone);

            DotnetResult build = consumer.Build(mode: null);

            Assert.True(build.Succeeded, build.Describe());
            DiagnosticAssert.Exactly([], consumer.Diagnostics(build), build);
            Assert.Contains("RewardHackAnalyzers: suppression allowed in Consumer: Generated interop layer, reviewed in #42", build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Allowed_suppression_without_a_reason_is_still_reported_and_Strict_makes_it_an_error()
        {
            Assert.True(_package.Pack.Succeeded, _package.Pack.Describe());
            ConsumerProject consumer = Consumer("suppression-no-reason", """
                <RunAnalyzersDuringBuild>false</RunAnalyzersDuringBuild>
                <RewardHackAllowSuppression>true</RewardHackAllowSuppression>
                <RewardHackSuppressionReason> </RewardHackSuppressionReason>
                """);

            DotnetResult build = consumer.Build(mode: "Strict");

            Assert.False(build.Succeeded, build.Describe());
            DiagnosticAssert.Exactly([new("RH0503", "error", "Consumer.csproj", 0)], consumer.Diagnostics(build), build);
            Assert.Contains("error RH0503: RunAnalyzers or RunAnalyzersDuringBuild is false", build.Output, StringComparison.Ordinal);
        }

        private ConsumerProject Consumer(string name, string properties)
        {
            ConsumerProject consumer = _package.CreateConsumer(name);
            consumer.Write("Directory.Build.props", $"<Project><PropertyGroup>{properties}</PropertyGroup></Project>");
            return consumer;
        }
    }
}
