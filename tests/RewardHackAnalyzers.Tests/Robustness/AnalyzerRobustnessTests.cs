using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Tests.EndToEnd;
using RewardHackAnalyzers.Tests.Seeds;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Every analyzer, and every code fix on the analyzers' own findings, over mutated seeds and sample files: an
    /// analyzer exception (AD0001) is a release blocker, and half-typed code is what an IDE analyses most.
    /// </summary>
    public class AnalyzerRobustnessTests
    {
        public static TheoryData<string> Inputs
        {
            get
            {
                var inputs = new TheoryData<string>();
                foreach (var seed in SeedFile.PathsOnDisk())
                {
                    inputs.Add(seed);
                }

                foreach (var file in SampleFiles())
                {
                    inputs.Add(file);
                }

                return inputs;
            }
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public async Task Mutants_never_make_an_analyzer_or_code_fix_throw(string relativePath)
        {
            var (source, references) = Load(relativePath);
            var metadata = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var failures = new List<string>();

            foreach (var (name, mutant) in SourceMutations.Of(source).Prepend(("original", source)))
            {
                var document = CodeFixRun.Document(mutant, metadata);
                var compilation = await document.Project.GetCompilationAsync();
                var run = await AnalyzerRun.RunAsync(compilation!);
                failures.AddRange(run.AnalyzerExceptions.Select(e => $"{name}: {e}"));
                await CodeFixRun.ComputeAllFixesAsync(document, run.Diagnostics);
            }

            Assert.Empty(failures);
        }

        [Fact]
        public async Task A_multi_megabyte_file_of_hacks_is_analysed_and_every_finding_reported()
        {
            const int types = 6500;
            var source = new StringBuilder("using System; using System.Collections.Generic;\n");
            for (var i = 0; i < types; i++)
            {
                source.Append("public class Value").Append(i).Append(" { public int Amount; public string Name = \"value number ").Append(i)
                    .Append("\"; public override bool Equals(object? other) => true; public override int GetHashCode() => Amount; ")
                    .Append("public static bool operator ==(Value").Append(i).Append(" a, Value").Append(i).Append(" b) => a.Amount == b.Amount; ")
                    .Append("public static bool operator !=(Value").Append(i).Append(" a, Value").Append(i).Append(" b) => !(a == b); }\n");
            }

            Assert.True(source.Length > 2_000_000, $"the file is {source.Length} characters");
            var compiled = await TestCompilation.CompileWithErrorsAsync(TestLibraries.Net80, source.ToString());
            var run = await AnalyzerRun.RunAsync(compiled.Compilation);

            Assert.Empty(run.AnalyzerExceptions);
            Assert.Equal(types, run.Diagnostics.Count(d => d.Id == "RH0001"));
            Assert.Equal("RH0001", Assert.Single(run.ReportedIds));
        }

        [Theory]
        [MemberData(nameof(DeepCode))]
        public async Task Code_nested_thousands_deep_does_not_exhaust_the_stack(string shape, string source)
        {
            var compiled = await TestCompilation.CompileWithErrorsAsync(TestLibraries.XunitV2, source);
            var run = await AnalyzerRun.RunAsync(compiled.Compilation);

            Assert.True(run.AnalyzerExceptions.IsEmpty, shape + ": " + string.Join("\n", run.AnalyzerExceptions));
        }

        public static TheoryData<string, string> DeepCode()
        {
            const int depth = 3000;
            string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
            string Test(string body) =>
                "using System; using System.Collections.Generic; using Xunit;\n" +
                "public class C { public int A; public override bool Equals(object? o) => o is C c && c.A == A; public override int GetHashCode() => A;\n" +
                "  [Fact] public void T() { var items = new List<C>(); " + body + " } }";

            return new TheoryData<string, string>
            {
                { "|| chain in an assertion", Test("Assert.True(" + string.Join(" || ", Enumerable.Repeat("items.Count == 0", depth)) + ");") },
                { "nested parentheses", Test("Assert.True(" + Repeat("(", depth) + "true" + Repeat(")", depth) + ");") },
                { "nested if statements", Test(Repeat("if (items.Count == 0) { ", depth) + "Assert.Empty(items);" + Repeat(" }", depth)) },
                { "nested blocks", Test(Repeat("{ ", depth) + "Assert.Empty(items);" + Repeat(" }", depth)) },
                { "nested lambdas", Test("Assert.All(items, " + Repeat("x => items.ForEach(", 300) + "y => { }" + Repeat(")", 300) + ");") },
                { "nested comparer lambdas", Test("Assert.Equal(items, items, " + Repeat("(a, b) => ", 300) + "true);") },
                { "nested ternaries", Test("Assert.True(" + Repeat("items.Count == 0 ? true : ", depth) + "true);") },
            };
        }

        internal static (string Source, ReferenceAssemblies References) Load(string relativePath)
        {
            // Sample files are named from the repository root, seeds from the seeds folder.
            if (relativePath.StartsWith("samples/", System.StringComparison.Ordinal))
            {
                return (File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)), TestLibraries.XunitV2);
            }

            var seed = SeedFile.Load(relativePath);
            return (seed.Source, seed.ReferenceAssemblies());
        }

        private static IEnumerable<string> SampleFiles() =>
            Directory.EnumerateFiles(RepoPaths.Samples, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, System.StringComparison.Ordinal)
                    && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(RepoPaths.Root, path).Replace(Path.DirectorySeparatorChar, '/'))
                .OrderBy(path => path, System.StringComparer.Ordinal);
    }
}
