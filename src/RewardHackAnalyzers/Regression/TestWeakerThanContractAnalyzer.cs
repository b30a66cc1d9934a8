using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Regression
{
    /// <summary>
    /// RH0706: a test that is weaker than its line in the committed contract file (<see cref="TestContracts"/>). Each
    /// method whose id the contract records for this assembly is compared with its recorded contract and reported on its
    /// name; a recorded test no method of the compilation carries any more is reported, at compilation end, on its
    /// contract line. Without a contract file the rule is silent.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TestWeakerThanContractAnalyzer : TestProjectAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0706_TestWeakerThanContract);

        protected override void OnTestProjectStart(CompilationStartAnalysisContext context, TestModel model)
        {
            var contracts = new Dictionary<string, TestContractLine>(StringComparer.Ordinal);
            foreach (var line in TestContracts.Read(context.Options, context.CancellationToken))
            {
                if (line.AppliesTo(context.Compilation.AssemblyName) && !contracts.ContainsKey(line.Contract.Id))
                {
                    contracts.Add(line.Contract.Id, line);
                }
            }

            if (contracts.Count == 0)
            {
                return;
            }

            var found = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            context.RegisterSymbolAction(
                c => AnalyzeMethod(c, model, contracts, found),
                SymbolKind.Method);
            context.RegisterCompilationEndAction(c => ReportGone(c, contracts, found));
        }

        private static void AnalyzeMethod(
            SymbolAnalysisContext context,
            TestModel model,
            Dictionary<string, TestContractLine> contracts,
            ConcurrentDictionary<string, bool> found)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (method.MethodKind != MethodKind.Ordinary || method.IsImplicitlyDeclared
                || !contracts.TryGetValue(TestFingerprints.IdOf(method), out var line)
                || method.Locations.IsEmpty)
            {
                return;
            }

            found[line.Contract.Id] = true;
            var reasons = ContractWeakening.Reasons(line.Contract, TestFingerprints.Of(model, method, context.CancellationToken));
            if (reasons.Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0706_TestWeakerThanContract, method.Locations[0], line.Contract.Id, string.Join("; ", reasons)));
            }
        }

        private static void ReportGone(
            CompilationAnalysisContext context, Dictionary<string, TestContractLine> contracts, ConcurrentDictionary<string, bool> found)
        {
            foreach (var line in contracts.Values.Where(l => !found.ContainsKey(l.Contract.Id)).OrderBy(l => l.Span.Start))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0706_TestWeakerThanContract,
                    Location.Create(line.Path, line.Span, line.LineSpan),
                    line.Contract.Id,
                    ContractWeakening.Gone));
            }
        }
    }
}
