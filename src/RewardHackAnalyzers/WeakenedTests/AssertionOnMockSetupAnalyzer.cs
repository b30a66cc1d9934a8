using System.Collections.Generic;
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
            var setups = new List<MockSetup>();
            var initializers = new Dictionary<ILocalSymbol, IOperation>(SymbolEqualityComparer.Default);
            var assertions = new List<IInvocationOperation>();
            foreach (var block in context.OperationBlocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case IInvocationOperation call when model.MockSetups.ValueSetupOf(call) is { } setup:
                            setups.Add(setup);
                            break;
                        case IInvocationOperation call when model.IsFrameworkAssertion(call.TargetMethod) && !model.IsMockVerification(call.TargetMethod):
                            assertions.Add(call);
                            break;
                        case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator:
                            initializers[declarator.Symbol] = value;
                            break;
                    }
                }
            }

            if (setups.Count == 0)
            {
                return;
            }

            foreach (var assertion in assertions)
            {
                foreach (var subject in AssertionSubjects.Of(assertion, model.Types))
                {
                    if (SetUpRead(subject, setups, initializers, model.MockSetups) is { } setup && assertion.SemanticModel is { } semanticModel)
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

        // The subject itself, or the local it was stored in first (var sum = calc.Object.Add(2, 3)), read from a set-up member.
        private static MockSetup? SetUpRead(IOperation subject, List<MockSetup> setups, Dictionary<ILocalSymbol, IOperation> initializers, MockSetups mocks)
        {
            var value = Unwrapped(subject);
            if (value is ILocalReferenceOperation local && initializers.TryGetValue(local.Local, out var initializer))
            {
                value = Unwrapped(initializer);
            }

            if (MockSetups.MemberOf(value, out var instance) is not { } member || instance is null)
            {
                return null;
            }

            // var calculator = calc.Object; calculator.Add(2, 3) reads the mock held by calc.
            var viaLocal = AssertionOperations.Unconverted(instance) is ILocalReferenceOperation holder && initializers.TryGetValue(holder.Local, out var held)
                ? mocks.MockOf(held)
                : null;
            if ((viaLocal ?? mocks.MockOf(instance)) is not { } mock)
            {
                return null;
            }

            foreach (var setup in setups)
            {
                if (SymbolEqualityComparer.Default.Equals(setup.Member, member) && SymbolEqualityComparer.Default.Equals(setup.Mock, mock))
                {
                    return setup;
                }
            }

            return null;
        }

        private static IOperation Unwrapped(IOperation operation)
        {
            operation = AssertionOperations.Unconverted(operation);
            while (operation is IAwaitOperation awaited)
            {
                operation = AssertionOperations.Unconverted(awaited.Operation);
            }

            return operation;
        }
    }
}
