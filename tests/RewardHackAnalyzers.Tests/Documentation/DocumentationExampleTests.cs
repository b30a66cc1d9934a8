using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Documentation
{
    /// <summary>
    /// The examples in the docs are real: each is a complete file that compiles, a flagged example is reported by its
    /// rule, and a not-flagged example is reported by no rule at all.
    /// </summary>
    public class DocumentationExampleTests
    {
        // One reference set for every example: the frameworks the pages use, which never clash because each example
        // imports the namespaces of one framework only (xUnit v3 is left out: it shares xUnit v2's namespace).
        // Moq is there for the mock examples (RH0406).
        private static readonly ReferenceAssemblies ExampleReferences = TestLibraries.With(
            ("xunit", "2.9.3"), ("NUnit", "4.3.2"), ("MSTest.TestFramework", "3.11.1"), ("FluentAssertions", "7.2.2"),
            ("Moq", "4.20.72"));

        public static TheoryData<string, int> FlaggedExamples => Examples(RulePage.Flagged);

        public static TheoryData<string, int> NotFlaggedExamples => Examples(RulePage.NotFlagged);

        [Theory]
        [MemberData(nameof(FlaggedExamples))]
        public async Task Flagged_example_is_reported_by_its_rule(string id, int example)
        {
            var result = await RunAsync(id, RulePage.Flagged, example);

            Assert.Contains(id, result.ReportedIds);
        }

        [Theory]
        [MemberData(nameof(NotFlaggedExamples))]
        public async Task Not_flagged_example_is_reported_by_no_rule(string id, int example)
        {
            var result = await RunAsync(id, RulePage.NotFlagged, example);

            Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        }

        private static async Task<AnalyzerRunResult> RunAsync(string id, string kind, int example)
        {
            var page = RulePage.Load(id);
            var code = page.ExampleBlocks(kind)[example].Code;
            var contract = page.ContractBlock(kind) is { } text
                ? ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/" + TestContracts.FileName, text))
                : ImmutableArray<AdditionalText>.Empty;

            var result = await AnalyzerRun.RunAsync(code, References(code), contract);

            Assert.Empty(result.AnalyzerExceptions);
            return result;
        }

        // An example of production code names its reference set the way a seed does (first line "// references: Net80"):
        // with a test framework referenced, the compilation would be a test project.
        private static ReferenceAssemblies References(string code)
        {
            const string Header = "// references: ";
            if (!code.StartsWith(Header, System.StringComparison.Ordinal))
            {
                return ExampleReferences;
            }

            var end = code.IndexOf('\n', System.StringComparison.Ordinal);
            return Testing.TestModels.References(code[Header.Length..(end < 0 ? code.Length : end)].Trim());
        }

        private static TheoryData<string, int> Examples(string kind)
        {
            var data = new TheoryData<string, int>();
            foreach (var rule in RulePage.DocumentedRules())
            {
                var count = RulePage.Load(rule).ExampleBlocks(kind).Count;
                foreach (var example in Enumerable.Range(0, count))
                {
                    data.Add(rule.Id, example);
                }
            }

            return data;
        }
    }
}
