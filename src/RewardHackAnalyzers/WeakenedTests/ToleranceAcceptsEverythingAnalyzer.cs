using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// RH0407: an approximate assertion whose constant tolerance accepts everything (infinite or the type's maximum),
    /// or at least the constant non-zero expected value (so a stub's 0 passes); an xUnit precision that rounds the
    /// expected value to 0; a range assertion from the type's minimum to its maximum. Non-constant tolerances are not judged.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ToleranceAcceptsEverythingAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0407_ToleranceAcceptsEverything);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var tolerances = new LooseTolerances(TestModel.For(context.Compilation, context.Options));
            context.RegisterOperationAction(c => Analyze(c, tolerances), OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, LooseTolerances tolerances)
        {
            var call = (IInvocationOperation)context.Operation;
            if (tolerances.Find(call) is not { } loose || call.SemanticModel is not { } model)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0407_ToleranceAcceptsEverything, loose.At.Syntax.GetLocation(), AssertionDisplay.Of(call.Syntax, model), loose.Reason));
        }
    }
}
