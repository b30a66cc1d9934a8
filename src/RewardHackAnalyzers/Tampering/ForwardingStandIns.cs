using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// Recognises a convenience wrapper named like a framework entry point: a type of this compilation every member of
    /// which hands its work to the framework (MoreLINQ's own <c>Throws</c> adds <c>ParamName</c> shortcuts on top of
    /// NUnit's <c>Throws</c>). Such a type changes no verdict, so it is not a shadow; one member that does anything else
    /// (an empty body, a constant, a dropped argument, a setter, a field) makes it one again.
    /// </summary>
    internal sealed class ForwardingStandIns
    {
        private readonly MethodBodies bodies;
        private readonly ImmutableHashSet<IAssemblySymbol> frameworks;
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> known = new(SymbolEqualityComparer.Default);

        public ForwardingStandIns(TestModel model, Compilation compilation)
        {
            bodies = MethodBodies.For(compilation);
            frameworks = model.AssertionEntryPoints
                .Select(type => type.ContainingAssembly)
                .Where(assembly => assembly is not null)
                .ToImmutableHashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        }

        /// <summary>
        /// True when every member declared on <paramref name="type"/> (a source type) is a getter or method whose single
        /// expression is a chain of the framework's and the type's own members, rooted at a static member or at a
        /// parameter, that uses every parameter and type parameter; and at least one member calls the framework itself.
        /// </summary>
        public bool Forwards(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var definition = type.OriginalDefinition;
            if (known.TryGetValue(definition, out var forwards))
            {
                return forwards;
            }

            return known.GetOrAdd(definition, Judge(definition, cancellationToken));
        }

        private bool Judge(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var reachesFramework = false;
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || member is IPropertySymbol { SetMethod: null })
                {
                    continue; // a get-only property is judged by its getter, listed among the members too
                }

                if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.PropertyGet } method
                    || !ForwardsCall(method, type, ref reachesFramework, cancellationToken))
                {
                    return false;
                }
            }

            return reachesFramework;
        }

        private bool ForwardsCall(IMethodSymbol method, INamedTypeSymbol type, ref bool reachesFramework, CancellationToken cancellationToken)
        {
            if (SingleExpression(bodies.Body(method, cancellationToken)) is not { } expression
                || !UsesEveryParameter(expression, method))
            {
                return false;
            }

            var current = expression;
            while (true)
            {
                current = WithoutConversions(current);
                (ISymbol? member, IOperation? receiver) step = current switch
                {
                    IInvocationOperation call => (call.TargetMethod, call.Instance ?? ExtensionReceiver(call)),
                    IPropertyReferenceOperation property => (property.Property, property.Instance),
                    IParameterReferenceOperation => (null, null),
                    _ => (null, current),
                };
                var (member, receiver) = step;

                if (member is null)
                {
                    return receiver is null; // the chain starts at a parameter; anything else is work of its own
                }

                var own = SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type);
                var framework = frameworks.Contains(member.ContainingAssembly);
                if (!own && !framework)
                {
                    return false;
                }

                reachesFramework |= framework;
                if (receiver is null)
                {
                    return true; // the chain starts at a static member of the framework or of the type itself
                }

                current = receiver;
            }
        }

        // `=> value`, `{ return value; }` or `{ Call(); }`: a member that does more than one thing is not a forwarder.
        private static IOperation? SingleExpression(IOperation? body) => body switch
        {
            IBlockOperation { Operations.Length: 1 } block => block.Operations[0] switch
            {
                IReturnOperation { ReturnedValue: { } value } => value,
                IExpressionStatementOperation statement => statement.Operation,
                _ => null,
            },
            IBlockOperation => null,
            _ => body,
        };

        // An extension method called in reduced form (`constraint.ParamName()`) receives its receiver as first argument.
        private static IOperation? ExtensionReceiver(IInvocationOperation call) =>
            call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null;

        private static IOperation WithoutConversions(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        // `True(bool condition) => Xunit.Assert.True(true)` forwards a call but not the caller's value, and
        // `TypeOf<T>() => NUnit.Framework.Throws.Nothing` not the caller's type.
        private static bool UsesEveryParameter(IOperation expression, IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (!expression.DescendantsAndSelf().Any(operation =>
                    operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)))
                {
                    return false;
                }
            }

            foreach (var typeParameter in method.TypeParameters)
            {
                if (!expression.DescendantsAndSelf().Any(operation => operation switch
                    {
                        IInvocationOperation call => call.TargetMethod.TypeArguments.Contains(typeParameter, SymbolEqualityComparer.Default),
                        ITypeOfOperation typeOf => SymbolEqualityComparer.Default.Equals(typeOf.TypeOperand, typeParameter),
                        _ => false,
                    }))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
