using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// Decides whether one comparer, predicate or element inspector handed to an assertion always succeeds, and says
    /// what it is for the message ("comparer 'LooseComparer'", "a predicate"). One instance per compilation.
    /// </summary>
    internal sealed class RiggedArguments
    {
        private readonly Compilation compilation;
        private readonly KnownTestTypes types;

        public RiggedArguments(Compilation compilation, KnownTestTypes types)
        {
            this.compilation = compilation;
            this.types = types;
            Roles = new AssertionArgumentRoles(EqualityTypes.For(compilation), types.ExpressionOfT);
        }

        public AssertionArgumentRoles Roles { get; }

        /// <summary>The description of <paramref name="value"/>, passed for a parameter of <paramref name="role"/> to an assertion of <paramref name="polarity"/>, when it always succeeds.</summary>
        public string? Describe(IOperation value, ArgumentRole role, AssertionPolarity polarity, CancellationToken cancellationToken) =>
            (role, polarity) switch
            {
                (ArgumentRole.Comparer, AssertionPolarity.PassesOnMatch) => ComparerAlwaysEqual(value, cancellationToken),
                (ArgumentRole.Predicate, AssertionPolarity.PassesOnMatch) => PredicateAlways(value, true, cancellationToken),
                (ArgumentRole.Predicate, AssertionPolarity.PassesOnNoMatch) => PredicateAlways(value, false, cancellationToken),
                (ArgumentRole.Inspector, AssertionPolarity.InspectsEach) => InspectorDoesNothing(value, cancellationToken),
                _ => null,
            };

        /// <summary>A comparer object or comparing delegate that says "equal" for every pair.</summary>
        public string? ComparerAlwaysEqual(IOperation value, CancellationToken cancellationToken)
        {
            value = AssertionOperations.Unconverted(value);
            if (Function.Of(value) is { } function)
            {
                return AssertionArgumentRoles.EqualResultOf(function.Signature) is { } equal
                    && Returns(function, equal, cancellationToken)
                        ? function.Describe("a comparer lambda", "comparer method")
                        : null;
            }

            if (value is IInvocationOperation factory && IsComparerFactory(factory.TargetMethod))
            {
                // EqualityComparer<T>.Create(equals, getHashCode = null) and Comparer<T>.Create(comparison): the comparing delegate comes first.
                return factory.Arguments.Length > 0 ? ComparerAlwaysEqual(factory.Arguments[0].Value, cancellationToken) : null;
            }

            // The type of the value is the comparer that runs: the created type, or the declared type of a field, property or local.
            return value.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } comparerType
                && !comparerType.DeclaringSyntaxReferences.IsEmpty
                && RiggedComparers.AlwaysSucceeds(comparerType, compilation, cancellationToken)
                    ? $"comparer '{comparerType.Name}'"
                    : null;
        }

        /// <summary>A predicate that returns <paramref name="result"/> for every element.</summary>
        public string? PredicateAlways(IOperation value, bool result, CancellationToken cancellationToken) =>
            Function.Of(AssertionOperations.Unconverted(value)) is { } function && Returns(function, result, cancellationToken)
                ? function.Describe("a predicate", "predicate method")
                : null;

        /// <summary>An element inspector whose body is empty, so it asserts nothing about any element.</summary>
        public string? InspectorDoesNothing(IOperation value, CancellationToken cancellationToken) =>
            Function.Of(AssertionOperations.Unconverted(value)) is { } function && function.Body(compilation, cancellationToken) is { } body && IsEmpty(body)
                ? function.Describe("an element inspector", "element inspector method")
                : null;

        private bool Returns(Function function, object result, CancellationToken cancellationToken) =>
            function.Body(compilation, cancellationToken) is { } body && ConstantResult.AlwaysReturns(body, result);

        private bool IsComparerFactory(IMethodSymbol method) =>
            method is { IsStatic: true, Name: "Create" }
            && (SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, types.EqualityComparerOfT)
                || SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, types.ComparerOfT));

        private static bool IsEmpty(IOperation body)
        {
            if (body is not IBlockOperation block)
            {
                return false;
            }

            foreach (var operation in block.Operations)
            {
                var nothing = operation is IEmptyOperation or IReturnOperation { ReturnedValue: null } || IsEmpty(operation);
                if (!nothing)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A lambda, or a method group converted to a delegate.</summary>
        private sealed class Function
        {
            private readonly IAnonymousFunctionOperation? lambda;
            private readonly IMethodSymbol? method;

            private Function(IMethodSymbol signature, IAnonymousFunctionOperation? lambda, IMethodSymbol? method)
            {
                Signature = signature;
                this.lambda = lambda;
                this.method = method;
            }

            /// <summary>The lambda's own symbol or the referenced method: its return type says what "equal" is.</summary>
            public IMethodSymbol Signature { get; }

            // Implicit conversions are already stripped, so a lambda converted to an expression tree arrives bare.
            public static Function? Of(IOperation value) => value switch
            {
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => new(lambda.Symbol, lambda, null),
                IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => new(reference.Method, null, reference.Method),
                IAnonymousFunctionOperation lambda => new(lambda.Symbol, lambda, null),
                _ => null,
            };

            /// <summary>The lambda's block, or the bound body of the referenced source method; null for metadata methods.</summary>
            public IOperation? Body(Compilation compilation, CancellationToken cancellationToken) =>
                lambda is not null ? lambda.Body : method is not null ? MethodBodies.For(compilation).Body(method, cancellationToken) : null;

            public string Describe(string ofLambda, string ofMethod) =>
                method is null ? ofLambda : $"{ofMethod} '{method.Name}'";
        }
    }
}
