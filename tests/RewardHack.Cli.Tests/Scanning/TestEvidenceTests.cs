using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RewardHack.Cli.Loading;
using RewardHack.Cli.Scanning;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Loading;

namespace RewardHack.Cli.Tests.Scanning
{
    /// <summary>
    /// The seam for cross-project evidence: test projects are analysed first, the collector sees exactly them, and what it
    /// returns reaches the production projects' analyzers as additional files — and only theirs.
    /// </summary>
    public class TestEvidenceTests
    {
        [Fact]
        public async Task Production_projects_receive_the_evidence_collected_after_the_test_projects_ran()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", "namespace Shop { public class Money { } }")
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("xunit"))
                .Write("Shop.Tests/MoneyTests.cs", "namespace Shop.Tests { public class MoneyTests { } }");
            var timeline = new ConcurrentQueue<string>();
            var analyzer = new AdditionalFileReporter(timeline);

            var result = await Scan.Of(new ScanRequest(tree.Root)
            {
                Analyzers = [analyzer],
                CollectTestEvidence = (tests, _) =>
                {
                    timeline.Enqueue("collect from " + string.Join(",", tests.Select(t => t.Name)));
                    return [new FileAdditionalText(tree.PathOf("rewardhack.testinputs.txt"), SourceText.From("evidence"))];
                },
            });

            Assert.Equal(["analyse Shop.Tests", "collect from Shop.Tests", "analyse Shop"], timeline);
            Assert.Equal(["Shop/Shop.csproj: Shop sees rewardhack.testinputs.txt"], result.Findings.Select(f => $"{f.Path}: {f.Message}"));
        }

        /// <summary>Reports, once per compilation, each additional file the compilation's analyzers receive.</summary>
#pragma warning disable RS1001, RS1036, RS2008 // A test double, registered by the test itself, never shipped.
        private sealed class AdditionalFileReporter(ConcurrentQueue<string> timeline) : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Sees = new("TEST001", "Sees", "{0} sees {1}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.CompilationEnd);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Sees];

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationAction(c =>
                {
                    timeline.Enqueue("analyse " + c.Compilation.AssemblyName);
                    foreach (var file in c.Options.AdditionalFiles)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Sees, Location.None, c.Compilation.AssemblyName, System.IO.Path.GetFileName(file.Path)));
                    }
                });
            }
        }
#pragma warning restore RS1001, RS1036, RS2008
    }
}
