using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Regression;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Tests.Regression
{
    /// <summary>Runs RH0706 over sources with a contract additional file (the harness's assembly is named TestProject).</summary>
    internal static class ContractVerifier
    {
        public const string ContractPath = "/repo/" + TestContracts.FileName;

        public static DiagnosticResult Weaker(int location, string test, string reasons) =>
            new DiagnosticResult(Rules.RH0706_TestWeakerThanContract).WithLocation(location).WithArguments(test, reasons);

        public static DiagnosticResult GoneAtLine(int line, int length, string test) =>
            new DiagnosticResult(Rules.RH0706_TestWeakerThanContract)
                .WithSpan(ContractPath, line, 1, line, 1 + length)
                .WithArguments(test, "it is gone from the code");

        public static Task VerifyAsync(string source, ReferenceAssemblies references, string? contract, params DiagnosticResult[] expected) =>
            VerifyAsync(source, references, contract is null ? null : (ContractPath, contract), expected);

        public static Task VerifyAsync(
            string source, ReferenceAssemblies references, (string Path, string Text)? contract, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<TestWeakerThanContractAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = references,
            };
            if (contract is { } file)
            {
                test.TestState.AdditionalFiles.Add((file.Path, file.Text));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
