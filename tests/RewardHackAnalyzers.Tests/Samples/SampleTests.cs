using System.Linq;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Samples
{
    /// <summary>
    /// The samples built as a user builds them: HackedKata reports exactly its hacks and HonestKata nothing, while
    /// both test suites pass — the hacked one only because its equality is rigged.
    /// </summary>
    [Collection(EndToEndGroup.Name)]
    [Trait("Category", "EndToEnd")]
    public class SampleTests
    {
        private static readonly string[] KataProjects = ["OrderPricing", "OrderPricing.Tests"];

        private static readonly BuildDiagnostic[] HackedKataFindings =
            [.. Shared.HackedKataFindings.All.Select(f => new BuildDiagnostic(f.Id, f.Severity, f.File, f.Line))];

        [Fact]
        public void HackedKata_reports_exactly_its_hacks_while_its_tests_pass()
        {
            AssertSample("HackedKata", HackedKataFindings, expectedTests: 23);
        }

        [Fact]
        public void HonestKata_reports_nothing_and_its_tests_pass()
        {
            AssertSample("HonestKata", [], expectedTests: 26);
        }

        private static void AssertSample(string name, BuildDiagnostic[] expectedFindings, int expectedTests)
        {
            SampleBuild sample = SampleBuild.Of(name);

            DotnetResult build = sample.Build();
            Assert.True(build.Succeeded, build.Describe());
            // Without this, "no findings" could also mean "not compiled" or "analyzers not loaded".
            Assert.True(
                SampleBuild.ProjectsCompiledWithTheAnalyzers(build).SetEquals(KataProjects),
                "Not every project of the sample was compiled with the analyzers.\n" + build.Describe());
            DiagnosticAssert.Exactly(expectedFindings, sample.Findings(build), build);

            DotnetResult test = sample.Test();
            Assert.True(test.Succeeded, test.Describe());
            Assert.True(SampleBuild.Outcome(test) == (0, expectedTests, 0), test.Describe());
        }
    }
}
