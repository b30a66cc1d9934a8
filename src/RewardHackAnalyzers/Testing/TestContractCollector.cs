using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Computes a test's <see cref="TestContract"/> from its symbol and bound body. Built once per compilation (it resolves
    /// the data-row attributes); the baseline command and RH0706 use the same computation, so a contract written from a
    /// tree always matches that same tree.
    /// </summary>
    internal sealed class TestContractCollector
    {
        public static readonly SymbolDisplayFormat IdFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.None,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

        private readonly TestModel model;
        private readonly MethodBodies bodies;
        private readonly DataRows dataRows;

        public TestContractCollector(TestModel model)
        {
            this.model = model;
            bodies = MethodBodies.For(model.Compilation);
            dataRows = new DataRows(model.Compilation);
        }

        public static string IdOf(IMethodSymbol method) => method.ToDisplayString(IdFormat);

        /// <summary>The contracts of every test method declared in the compilation's source, in id order.</summary>
        public ImmutableArray<TestContract> Collect(CancellationToken cancellationToken) =>
            SourceTestMethods(cancellationToken)
                .Select(m => Of(m, cancellationToken))
                .OrderBy(c => c.Id, System.StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>The contract <paramref name="test"/> fulfils now; a method without a body has no assertions.</summary>
        public TestContract Of(IMethodSymbol test, CancellationToken cancellationToken)
        {
            var skipped = DisabledTests.Find(test, model.Types, cancellationToken).Count > 0
                || (test.ContainingType is { } type && DisabledTests.Find(type, model.Types, cancellationToken).Count > 0);
            var kinds = ImmutableArray.CreateBuilder<string>();
            var expected = ImmutableArray.CreateBuilder<string>();
            if (bodies.Body(test, cancellationToken) is { } body)
            {
                foreach (var operation in body.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation invocation && model.IsAssertion(invocation, cancellationToken))
                    {
                        kinds.Add(AssertionKinds.Kind(invocation));
                        expected.AddRange(AssertionKinds.ExpectedLiterals(invocation));
                    }
                }
            }

            return new TestContract(IdOf(test), skipped, dataRows.Of(test).Count(), kinds.Count, kinds.ToImmutable(), expected.ToImmutable());
        }

        private IEnumerable<IMethodSymbol> SourceTestMethods(CancellationToken cancellationToken)
        {
            // An explicit stack, not recursion: namespaces and nested types can be deep.
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(model.Compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var member in pending.Pop().GetMembers())
                {
                    switch (member)
                    {
                        case INamespaceOrTypeSymbol container:
                            pending.Push(container);
                            break;
                        case IMethodSymbol method when !method.IsImplicitlyDeclared && model.IsTestMethod(method):
                            yield return method;
                            break;
                    }
                }
            }
        }
    }
}
