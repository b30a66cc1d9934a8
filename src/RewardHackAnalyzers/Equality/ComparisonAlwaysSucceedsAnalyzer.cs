using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// RH0003: IEqualityComparer&lt;T&gt;.Equals always true, or IComparer&lt;T&gt;.Compare / IComparable(&lt;T&gt;).CompareTo
    /// always 0, for a compared type with state. Comparers that are lenient on purpose (case-insensitive, tolerance)
    /// still read their arguments and are not constant.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ComparisonAlwaysSucceedsAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0003_ComparisonAlwaysSucceeds);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var types = EqualityTypes.For(context.Compilation);
            context.RegisterOperationBlockAction(block =>
            {
                if (EqualityBlock.From(block, types) is not { } comparison
                    || comparison.Member.Contract is not (EqualityContract.ComparerEquals or EqualityContract.ComparerCompare or EqualityContract.CompareTo)
                    || comparison.Member.ComparedType is not { } compared
                    || !ConstantResult.AlwaysReturns(comparison.Body, comparison.Member.SuccessValue))
                {
                    return;
                }

                var state = comparison.ComparedState;
                if (state.IsEmpty)
                {
                    return;
                }

                var method = comparison.Method;
                var methodName = method.ExplicitInterfaceImplementations.IsEmpty ? method.Name : method.ExplicitInterfaceImplementations[0].Name;
                block.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0003_ComparisonAlwaysSucceeds,
                    method.Locations[0],
                    EqualityBlock.Name(method.ContainingType) + "." + methodName,
                    comparison.Member.SuccessValue is bool ? "true" : "0",
                    EqualityBlock.Name(compared),
                    InstanceState.Describe(state)));
            });
        }
    }
}
