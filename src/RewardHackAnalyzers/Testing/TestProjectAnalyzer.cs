using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Base of the rules that only judge test code: they register nothing in a compilation that references no test
    /// framework, so production projects pay nothing for them.
    /// </summary>
    public abstract class TestProjectAnalyzer : RewardHackAnalyzer
    {
        protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            if (model.IsTestProject)
            {
                OnTestProjectStart(context, model);
            }
        }

        /// <summary>Registers the rule's actions in a test project; all per-compilation state must live in this scope.</summary>
        protected abstract void OnTestProjectStart(CompilationStartAnalysisContext context, TestModel model);
    }
}
