using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// What RH0406 needs to know about one method body, gathered in one walk: the value setups of its mocks, the
    /// initial values of its locals, its assertions, and the mocks whose properties other code may have written
    /// (a mock passed to non-mocking code, or a property of it assigned), whose property reads are then not judged.
    /// </summary>
    internal sealed class MockedTestBody
    {
        private readonly TestModel model;
        private readonly List<MockSetup> setups = new();
        private readonly Dictionary<ILocalSymbol, IOperation> initializers = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> writable = new(SymbolEqualityComparer.Default);
        private readonly List<IInvocationOperation> assertions = new();

        private MockedTestBody(TestModel model) => this.model = model;

        public IReadOnlyList<IInvocationOperation> Assertions => assertions;

        public bool HasSetups => setups.Count > 0;

        public static MockedTestBody Collect(ImmutableArray<IOperation> blocks, TestModel model)
        {
            var body = new MockedTestBody(model);
            foreach (var block in blocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    body.Add(operation);
                }
            }

            return body;
        }

        /// <summary>The setup whose value <paramref name="subject"/> reads straight back, directly or through a local; null otherwise.</summary>
        public MockSetup? SetUpRead(IOperation subject)
        {
            var value = Unwrapped(subject);
            if (value is ILocalReferenceOperation local && initializers.TryGetValue(local.Local, out var initializer))
            {
                value = Unwrapped(initializer);
            }

            if (MockSetups.MemberOf(value, out var instance) is not { } member || instance is null || MockHeldBy(instance) is not { } mock
                || (member is IPropertySymbol && writable.Contains(mock)))
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

        private void Add(IOperation operation)
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
                case IArgumentOperation { Parent: var user } argument when IsOtherCode(user) && MockHeldBy(argument.Value) is { } passed:
                    writable.Add(passed);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } target } } when MockHeldBy(target) is { } written:
                    writable.Add(written);
                    break;
            }
        }

        // Code that may write to a mock it is handed: anything but the mocking library itself and the assertions.
        private bool IsOtherCode(IOperation? user) => user switch
        {
            IInvocationOperation call => !model.IsFrameworkAssertion(call.TargetMethod) && !IsMockingLibrary(call.TargetMethod.ContainingAssembly),
            IObjectCreationOperation => true,
            _ => false,
        };

        private bool IsMockingLibrary(IAssemblySymbol? assembly) =>
            KnownSymbols.Is(assembly, model.Types.MoqAssembly) || KnownSymbols.Is(assembly, model.Types.NSubstituteAssembly)
            || KnownSymbols.Is(assembly, model.Types.FakeItEasyAssembly);

        // The mock behind an expression, also through a local it was first stored in (var calculator = calc.Object).
        private ISymbol? MockHeldBy(IOperation instance)
        {
            var viaLocal = AssertionOperations.Unconverted(instance) is ILocalReferenceOperation holder && initializers.TryGetValue(holder.Local, out var held)
                ? model.MockSetups.MockOf(held)
                : null;
            return viaLocal ?? model.MockSetups.MockOf(instance);
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
