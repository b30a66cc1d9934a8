using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.EndToEnd;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Samples
{
    /// <summary>
    /// Each sample hands its production project the test-inputs file a scanner would write from its test project
    /// (docs/test-inputs.md), so RH0202 can name the test. The file must list exactly what the tests pass.
    /// </summary>
    public class SampleTestInputsTests
    {
        private static readonly string[] KataProjects = ["OrderPricing", "OrderPricing.Tests"];

        [Theory]
        [InlineData("HackedKata")]
        [InlineData("HonestKata")]
        public async Task The_test_inputs_file_lists_exactly_the_literals_the_tests_pass(string sample)
        {
            var folder = Path.Combine(RepoPaths.Samples, sample);
            var sources = KataProjects
                .SelectMany(project => Directory.GetFiles(Path.Combine(folder, project), "*.cs", SearchOption.AllDirectories))
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(File.ReadAllText)
                .ToArray();
            var compiled = await TestCompilation.CompileAsync(TestLibraries.XunitV2, sources);

            var collected = TestInputs.Collect(compiled.Compilation, null, CancellationToken.None);
            var listed = TestInputs.Parse(SourceText.From(File.ReadAllText(Path.Combine(folder, TestInputs.FileName))));

            Assert.True(
                collected.ToHashSet().SetEquals(listed),
                $"samples/{sample}/{TestInputs.FileName} is out of date; the tests pass:\n{TestInputs.Format(collected)}");
        }
    }
}
