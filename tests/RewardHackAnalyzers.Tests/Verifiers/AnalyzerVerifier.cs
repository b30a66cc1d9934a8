using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RewardHackAnalyzers.Tests.Verifiers
{
    /// <summary>Runs one analyzer over C# sources and asserts the exact diagnostics (id, location, arguments).</summary>
    public static class AnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

        /// <summary>Verifies <paramref name="source"/> against .NET 8 alone.</summary>
        public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
            VerifyAsync(source, TestLibraries.Net80, expected);

        /// <summary>Verifies <paramref name="source"/> against .NET 8 plus <paramref name="references"/> (see <see cref="TestLibraries"/>).</summary>
        public static Task VerifyAsync(string source, ReferenceAssemblies references, params DiagnosticResult[] expected) =>
            VerifyAsync(source, references, TestBehaviors.None, expected);

        /// <summary>
        /// As above, with harness <paramref name="behaviors"/>: a rule about suppressions skips the harness's own check
        /// (<see cref="TestBehaviors.SkipSuppressionCheck"/>), which adds a <c>#pragma warning disable</c> that the rule reports.
        /// </summary>
        public static Task VerifyAsync(string source, ReferenceAssemblies references, TestBehaviors behaviors, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = references,
                TestBehaviors = behaviors,
            };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
