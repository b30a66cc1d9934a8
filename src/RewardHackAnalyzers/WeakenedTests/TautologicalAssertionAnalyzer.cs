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
    /// RH0401: a framework or library assertion that passes whatever the code under test does (<see cref="Tautology"/>).
    /// Reported in any project: the assertion's framework symbol is the evidence.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TautologicalAssertionAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0401_TautologicalAssertion);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            if (model.Frameworks == TestFrameworks.None && model.AssertionLibraries == AssertionLibraries.None)
            {
                return;
            }

            context.RegisterOperationAction(c => Analyze(c, model), OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, TestModel model)
        {
            var call = (IInvocationOperation)context.Operation;
            if (call.Syntax.ContainsDiagnostics
                || !model.IsFrameworkAssertion(call.TargetMethod)
                || model.IsMockVerification(call.TargetMethod)
                || AssertionShapes.Of(call, model.Types) is not { } shape
                || Tautology.Explain(shape, context.ContainingSymbol) is not { } why
                || call.SemanticModel is not { } semanticModel)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0401_TautologicalAssertion, call.Syntax.GetLocation(), AssertionDisplay.Of(call.Syntax, semanticModel), why));
        }
    }
}
