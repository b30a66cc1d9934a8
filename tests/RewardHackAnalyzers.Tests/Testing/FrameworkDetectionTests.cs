using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class FrameworkDetectionTests
    {
        public static TheoryData<string, TestFrameworks> Frameworks => new()
        {
            { nameof(TestLibraries.Net80), TestFrameworks.None },
            { nameof(TestLibraries.XunitV2), TestFrameworks.XunitV2 },
            { nameof(TestLibraries.XunitV3), TestFrameworks.XunitV3 },
            { nameof(TestLibraries.NUnit3), TestFrameworks.NUnit },
            { nameof(TestLibraries.NUnit4), TestFrameworks.NUnit },
            { nameof(TestLibraries.MSTest), TestFrameworks.MSTest },
            { nameof(TestLibraries.TUnit), TestFrameworks.TUnit },
        };

        [Theory]
        [MemberData(nameof(Frameworks))]
        public async Task Detects_the_referenced_test_framework(string libraries, TestFrameworks expected)
        {
            var references = (ReferenceAssemblies)typeof(TestLibraries).GetProperty(libraries)!.GetValue(null)!;
            var compilation = await CompileAsync("class C { }", references);

            Assert.Equal(expected, KnownTestTypes.Resolve(compilation).Frameworks);
        }

        private static async Task<Compilation> CompileAsync(string source, ReferenceAssemblies references)
        {
            var metadata = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            return CSharpCompilation.Create(
                "Probe",
                new[] { CSharpSyntaxTree.ParseText(source) },
                metadata,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        }
    }
}
