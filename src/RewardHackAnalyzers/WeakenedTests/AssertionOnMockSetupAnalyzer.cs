using System.Collections.Immutable;
using System.Threading;
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
    /// RH0406: an assertion whose actual value is read straight from a mock member that the same method set up to
    /// return a value (<c>calc.Setup(c =&gt; c.Add(2, 3)).Returns(5); Assert.Equal(5, calc.Object.Add(2, 3));</c>), so
    /// it checks the mocking library. A value that went through real code first (<c>new Checkout(calc.Object).Total()</c>)
    /// and mock verifications (<c>Verify</c>, <c>Received</c>) are what mocks are for and are not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AssertionOnMockSetupAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0406_AssertionOnMockSetup);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            if (model.MockingLibraries == MockingLibraries.None)
            {
                return;
            }

            context.RegisterOperationBlockAction(c => Analyze(c, model));
        }

        private static void Analyze(OperationBlockAnalysisContext context, TestModel model)
        {
            if (!MaySetUpValues(context.OperationBlocks, context.CancellationToken))
            {
                return;
            }

            var body = MockedTestBody.Collect(context.OperationBlocks, model);
            if (!body.HasSetups)
            {
                return;
            }

            foreach (var assertion in body.Assertions)
            {
                foreach (var subject in AssertionSubjects.Of(assertion, model.Types))
                {
                    if (body.SetUpRead(subject) is { } setup && assertion.SemanticModel is { } semanticModel)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Rules.RH0406_AssertionOnMockSetup,
                            subject.Syntax.GetLocation(),
                            AssertionDisplay.Of(assertion.Syntax, semanticModel),
                            setup.Member.ContainingType.Name + "." + setup.Member.Name,
                            setup.Mock.Name));
                        break;
                    }
                }
            }
        }

        // Every value setup is a call of a Returns… method (MockSetups.ValueSetupOf), so a member whose text never
        // says "Returns" has none, and walking its operations could find nothing to report.
        private static bool MaySetUpValues(ImmutableArray<IOperation> blocks, CancellationToken cancellationToken)
        {
            foreach (var block in blocks)
            {
                if (NodeText.Contains(block.Syntax, "Returns", cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
