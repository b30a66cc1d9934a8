using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Finds the literals the tests of one compilation pass to the code under test: constant arguments of calls made
    /// in a test method (a literal, a constant, or a local initialised with a constant and never reassigned), and the
    /// values of the test's data rows that flow into an argument through the test's parameter.
    /// </summary>
    internal sealed class TestInputCollector
    {
        private static readonly SymbolDisplayFormat TestNameFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.None,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

        private readonly TestModel model;
        private readonly MethodBodies bodies;
        private readonly DataRows dataRows;

        public TestInputCollector(TestModel model)
        {
            this.model = model;
            bodies = MethodBodies.For(model.Compilation);
            dataRows = new DataRows(model.Compilation);
        }

        public ImmutableArray<TestInput> Collect(CancellationToken cancellationToken)
        {
            var inputs = new List<TestInput>();
            foreach (var test in TestMethods(cancellationToken))
            {
                if (bodies.Body(test, cancellationToken) is { } body)
                {
                    AddInputs(test, body, inputs, cancellationToken);
                }
            }

            return inputs.ToImmutableArray();
        }

        private IEnumerable<IMethodSymbol> TestMethods(CancellationToken cancellationToken)
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
                        case IMethodSymbol method when model.IsTestMethod(method):
                            yield return method;
                            break;
                    }
                }
            }
        }

        private void AddInputs(IMethodSymbol test, IOperation body, List<TestInput> inputs, CancellationToken cancellationToken)
        {
            var testName = test.ToDisplayString(TestNameFormat);
            var rows = dataRows.Of(test).ToImmutableArray();
            var constantLocals = ConstantLocals(body);
            foreach (var operation in body.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is not IInvocationOperation invocation
                    || !TestModel.IsNonFrameworkMember(invocation.TargetMethod)
                    || invocation.TargetMethod.OriginalDefinition.GetDocumentationCommentId() is not { } methodId)
                {
                    continue;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.ParamArray
                        || argument.ArgumentKind == ArgumentKind.DefaultValue)
                    {
                        continue;
                    }

                    foreach (var value in Values(argument.Value, test, rows, constantLocals))
                    {
                        if (LiteralText.Format(value) is { } literal
                            && TestInput.Create(methodId, parameter.Ordinal, literal, testName) is { } input)
                        {
                            inputs.Add(input);
                        }
                    }
                }
            }
        }

        // The constants an argument can take: its own constant value, a constant local's, or one per data row.
        private static IEnumerable<object?> Values(
            IOperation argument, IMethodSymbol test, ImmutableArray<ImmutableArray<TypedConstant>> rows, Dictionary<ILocalSymbol, object?> constantLocals)
        {
            // An enum constant's value is its underlying number, which no branch on the enum compares with.
            if (argument.WithoutConversions().Type?.TypeKind == TypeKind.Enum)
            {
                yield break;
            }

            if (argument.ConstantValue.HasValue)
            {
                yield return argument.ConstantValue.Value;
                yield break;
            }

            var source = argument.WithoutConversions();
            if (source is ILocalReferenceOperation local && constantLocals.TryGetValue(local.Local, out var localValue))
            {
                yield return localValue;
            }
            else if (source is IParameterReferenceOperation parameter
                && SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, test))
            {
                foreach (var row in rows)
                {
                    var cell = row[parameter.Parameter.Ordinal];
                    if (cell.Kind is TypedConstantKind.Primitive or TypedConstantKind.Error || cell.IsNull)
                    {
                        yield return cell.Value;
                    }
                }
            }
        }

        // `var code = "VIP2024"; pricing.Discount(code);` — the arrange-act shape of most tests.
        private static Dictionary<ILocalSymbol, object?> ConstantLocals(IOperation body)
        {
            var initialised = new Dictionary<ILocalSymbol, object?>(SymbolEqualityComparer.Default);
            var written = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer.Value.ConstantValue.HasValue: true } declarator:
                        initialised[declarator.Symbol] = declarator.Initializer.Value.ConstantValue.Value;
                        break;
                    case ILocalReferenceOperation reference when IsWrite(reference):
                        written.Add(reference.Local);
                        break;
                }
            }

            foreach (var local in written)
            {
                initialised.Remove(local);
            }

            return initialised;
        }

        private static bool IsWrite(ILocalReferenceOperation reference) =>
            reference.Parent switch
            {
                IAssignmentOperation assignment => assignment.Target == reference,
                IIncrementOrDecrementOperation => true,
                IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
                IDeclarationExpressionOperation => true,
                ITupleOperation => true, // a deconstruction target, or a tuple read: either way, not evidence worth guessing
                _ => false,
            };
    }
}
