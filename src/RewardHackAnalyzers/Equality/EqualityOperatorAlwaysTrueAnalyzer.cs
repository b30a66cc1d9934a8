using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>RH0002: an operator == that always returns true, or an operator != that always returns false, on a type with state.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EqualityOperatorAlwaysTrueAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0002_EqualityOperatorAlwaysTrue);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var types = EqualityTypes.For(context.Compilation);
            context.RegisterOperationBlockAction(block =>
            {
                if (EqualityBlock.From(block, types) is not { } op
                    || op.Member.Contract is not (EqualityContract.EqualityOperator or EqualityContract.InequalityOperator)
                    || !ConstantResult.AlwaysReturns(op.Body, op.Member.SuccessValue)
                    || op.Method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(block.CancellationToken) is not OperatorDeclarationSyntax declaration)
                {
                    return;
                }

                var type = op.Method.ContainingType;
                var state = InstanceState.Of(type);
                if (state.IsEmpty)
                {
                    return;
                }

                block.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0002_EqualityOperatorAlwaysTrue,
                    declaration.OperatorToken.GetLocation(),
                    declaration.OperatorToken.ValueText,
                    EqualityBlock.Name(type),
                    op.Member.Contract == EqualityContract.EqualityOperator ? "true" : "false",
                    InstanceState.Describe(state)));
            });
        }
    }
}
