using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RewardHackAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Applies a code fix and asserts the exact fixed source; the harness also compiles the fixed source, so a fix that
    /// produces broken code fails the test.
    /// </summary>
    public static class CodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

        public static Task VerifyFixAsync(string source, DiagnosticResult[] expected, string fixedSource) =>
            VerifyFixAsync(source, TestLibraries.Net80, expected, fixedSource);

        public static Task VerifyFixAsync(string source, ReferenceAssemblies references, DiagnosticResult[] expected, string fixedSource, int? codeActionIndex = null) =>
            VerifyFixAsync(source, references, TestBehaviors.None, expected, fixedSource, codeActionIndex);

        /// <summary>As above, with harness <paramref name="behaviors"/> (see <see cref="AnalyzerVerifier{TAnalyzer}"/>).</summary>
        public static Task VerifyFixAsync(string source, ReferenceAssemblies references, TestBehaviors behaviors, DiagnosticResult[] expected, string fixedSource, int? codeActionIndex = null)
        {
            var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = references,
                CodeActionIndex = codeActionIndex,
                TestBehaviors = behaviors,
            };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
