using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Scanning;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Loading;

namespace RewardHack.Cli.Tests.Scanning
{
    /// <summary>An analyzer that throws is reported as a failure (exit code 3), and the other analyzers' findings still come.</summary>
    public class AnalyzerFailureTests
    {
        [Fact]
        public async Task Throwing_analyzer_is_a_failure_and_exit_code_3()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", """
                    public sealed class Money
                    {
                        public decimal Amount { get; set; }

                        public override bool Equals(object? obj) => true;

                        public override int GetHashCode() => 0;
                    }
                    """);

            var result = await Scan.Of(new ScanRequest(tree.Root) { Analyzers = AnalyzerCatalog.All.Add(new ThrowingAnalyzer()) });

            Assert.Equal(new AnalyzerFailure("ThrowingAnalyzer", "Shop", "InvalidOperationException: planted failure"), Assert.Single(result.Failures));
            Assert.Equal(["Shop/Money.cs:5 warning RH0001"], Scan.Lines(result));
            Assert.Equal(ExitCodes.AnalyzerFailure, ExitCodes.For(result, FailOn.Warning));
            Assert.Equal(ExitCodes.AnalyzerFailure, ExitCodes.For(result, FailOn.None));
        }

#pragma warning disable RS1001, RS1036, RS2008 // A test double, registered by the test itself, never shipped.
        private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Never = new("TEST002", "Never", "Never", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.CompilationEnd);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationAction(_ => throw new InvalidOperationException("planted failure"));
            }
        }
#pragma warning restore RS1001, RS1036, RS2008
    }
}
