using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// RH0402: a test method with an empty body, or one in which nothing can fail it: no assertion, assertion helper,
    /// mock verification or assertion-exception throw anywhere in its body (lambdas and local functions included), and
    /// no expected exception or expected result declared on it. "Does not throw" smoke tests named as such are exempt, and
    /// so is a test that can fail another way: a throw, a helper reaching code that does not bind, a self-checking double.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TestWithoutAssertionAnalyzer : TestProjectAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0402_TestWithoutAssertion);

        protected override void OnTestProjectStart(CompilationStartAnalysisContext context, TestModel model)
        {
            context.RegisterOperationBlockAction(block => Analyze(block, model));
        }

        private static void Analyze(OperationBlockAnalysisContext block, TestModel model)
        {
            if (block.OwningSymbol is not IMethodSymbol method
                || !model.IsTestMethod(method)
                || block.OperationBlocks.IsEmpty
                || block.OperationBlocks[0].Syntax.Parent is not MethodDeclarationSyntax declaration
                || declaration.ContainsDiagnostics)
            {
                return;
            }

            string finding;
            if (declaration.Body is { Statements.Count: 0 })
            {
                finding = "has an empty body";
            }
            else if (model.DeclaresExpectedOutcome(method)
                || model.IsNamedSmokeTest(method, block.CancellationToken)
                || CanFail(block.OperationBlocks, model, block.CancellationToken))
            {
                return;
            }
            else
            {
                finding = "contains no assertion, mock verification or expected exception";
            }

            block.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0402_TestWithoutAssertion, declaration.Identifier.GetLocation(), method.Name, finding));
        }

        // Any operation that can fail the test, or that the rule cannot judge (code that does not bind), counts.
        private static bool CanFail(ImmutableArray<IOperation> blocks, TestModel model, CancellationToken cancellationToken)
        {
            foreach (var root in blocks)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation is IInvalidOperation || model.IsAssertion(operation, cancellationToken)
                        || model.MayFailIndirectly(operation, cancellationToken))
                    {
                        return true;
                    }

                    // A test that declares its own verdict (Assert.Pass, Ignore, Inconclusive, Skip) is RH0104's to judge:
                    // forced when unconditional or on the result, legitimate when the environment decides.
                    if (model.OutcomeOf(operation, cancellationToken) is not null)
                    {
                        return true;
                    }

                    var target = operation switch
                    {
                        IInvocationOperation invocation => invocation.TargetMethod,
                        IMethodReferenceOperation reference => reference.Method,
                        _ => null,
                    };
                    if (target is not null && (ExternalChecks.LooksLikeCheck(target, model.Types) || (operation is IMethodReferenceOperation && model.IsAssertionHelper(target, cancellationToken))))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
