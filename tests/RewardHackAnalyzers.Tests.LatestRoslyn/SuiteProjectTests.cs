using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.LatestRoslyn
{
    /// <summary>This project reruns RewardHackAnalyzers.Tests' sources; it must stay a faithful copy of that project's setup.</summary>
    public class SuiteProjectTests
    {
        private static XDocument Project(string name) =>
            XDocument.Load(Path.Combine(RepoPaths.Root, "tests", name, name + ".csproj"));

        private static string[] PackageDownloads(string name) =>
            Project(name).Descendants("PackageDownload")
                .Select(d => d.Attribute("Include")!.Value + " " + d.Attribute("Version")!.Value)
                .OrderBy(d => d, StringComparer.Ordinal)
                .ToArray();

        [Fact]
        public void It_downloads_the_same_test_libraries_as_the_suite_it_reruns()
        {
            var suite = PackageDownloads("RewardHackAnalyzers.Tests");

            Assert.NotEmpty(suite);
            Assert.Equal(suite, PackageDownloads("RewardHackAnalyzers.Tests.LatestRoslyn"));
        }

        [Fact]
        public void It_runs_a_newer_roslyn_than_the_suite_it_reruns()
        {
            Version RoslynUnderTest(string name) =>
                Version.Parse(Project(name).Descendants("RoslynUnderTest").Single().Value);

            Assert.True(RoslynUnderTest("RewardHackAnalyzers.Tests.LatestRoslyn") > RoslynUnderTest("RewardHackAnalyzers.Tests"));
        }
    }
}
