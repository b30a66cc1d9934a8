using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// Base of the rules that find production code comparing what it can read about the running program (a
    /// <see cref="Probe"/>) with a name that gives the test run away. Test projects are skipped whole (the runner checks
    /// of test infrastructure belong there), and so are test classes of any project.
    /// </summary>
    public abstract class ProbedComparisonAnalyzer : RewardHackAnalyzer
    {
        private static readonly OperationKind[] ComparingKinds =
        {
            OperationKind.Binary, OperationKind.Invocation, OperationKind.IsPattern, OperationKind.Switch, OperationKind.SwitchExpression,
        };

        protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            if (model.IsTestProject)
            {
                return;
            }

            var probes = Probes.Resolve(context.Compilation);
            var tracer = new ProbeTracer(probes);
            context.RegisterOperationAction(
                c =>
                {
                    if (c.ContainingSymbol.ContainingType is { } type && model.IsTestClass(type))
                    {
                        return;
                    }

                    AnalyzeOperation(c, probes);
                    ReportFirstComparison(c, tracer);
                },
                ComparingKinds);
        }

        /// <summary>A cheap filter run before any tracing: could <paramref name="name"/> ever give the test run away?</summary>
        private protected abstract bool IsCandidate(string name);

        /// <summary>The name to report when comparing <paramref name="probe"/> with <paramref name="comparison"/>'s name gives the test run away, else null.</summary>
        private protected abstract string? Judge(OperationAnalysisContext context, Probe probe, NameComparison comparison);

        private protected abstract DiagnosticDescriptor Rule { get; }

        /// <summary>Checks of a single operation that need no comparison (RH0201's variable and type lookups).</summary>
        private protected virtual void AnalyzeOperation(OperationAnalysisContext context, Probes probes)
        {
        }

        private protected void Report(OperationAnalysisContext context, SyntaxNode location, string inspected, string name) =>
            context.ReportDiagnostic(Diagnostic.Create(Rule, location.GetLocation(), MemberNames.Of(context.ContainingSymbol), inspected, name));

        // One finding per comparing operation, even when it compares with several giveaway names. A comparison that
        // only leaves the framework's items out of a scan is not a finding (see ExclusionFilters).
        private void ReportFirstComparison(OperationAnalysisContext context, ProbeTracer tracer)
        {
            if (ExclusionFilters.IsExclusion(context.Operation))
            {
                return;
            }

            foreach (var comparison in NameComparisons.In(context.Operation))
            {
                if (IsCandidate(comparison.Name)
                    && tracer.Trace(comparison.Subject) is { } probe
                    && Judge(context, probe, comparison) is { } name)
                {
                    Report(context, comparison.Location, probe.Description, name);
                    return;
                }
            }
        }
    }
}
