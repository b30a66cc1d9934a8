using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Infrastructure
{
    /// <summary>
    /// Base of every analyzer: owns <see cref="Initialize"/> so each rule runs concurrently, sees generated code
    /// (an agent can hide a hack behind an <c>&lt;auto-generated&gt;</c> header) and starts from one compilation-scoped action.
    /// </summary>
    public abstract class RewardHackAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        /// <summary>Registers the rule's actions; all per-compilation state must live in this scope.</summary>
        protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
    }
}
