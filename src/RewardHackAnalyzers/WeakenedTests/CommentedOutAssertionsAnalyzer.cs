using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// RH0403: a test whose comments hold more assertions than its body runs. Commented assertions are counted from
    /// trivia (<see cref="CommentedAssertions"/>); live ones are the operations the test model calls assertions.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CommentedOutAssertionsAnalyzer : TestProjectAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0403_CommentedOutAssertions);

        protected override void OnTestProjectStart(CompilationStartAnalysisContext context, TestModel model)
        {
            context.RegisterOperationBlockAction(block => Analyze(block, model));
        }

        private static void Analyze(OperationBlockAnalysisContext block, TestModel model)
        {
            if (block.OwningSymbol is not IMethodSymbol method
                || !model.IsTestMethod(method)
                || block.OperationBlocks.IsEmpty
                || block.OperationBlocks[0].Syntax.Parent is not MethodDeclarationSyntax declaration)
            {
                return;
            }

            var commented = CommentedAssertions.In(declaration, block.CancellationToken);
            if (commented.Count == 0)
            {
                return;
            }

            var commentedCount = 0;
            foreach (var (_, count) in commented)
            {
                commentedCount += count;
            }

            var live = 0;
            foreach (var root in block.OperationBlocks)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation or IInvalidOperation or IThrowOperation && model.IsAssertion(operation, block.CancellationToken))
                    {
                        live++;
                    }
                }
            }

            if (live >= commentedCount)
            {
                return;
            }

            block.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0403_CommentedOutAssertions,
                commented[0].Comment.GetLocation(),
                method.Name,
                commentedCount.ToString(CultureInfo.InvariantCulture),
                live.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
