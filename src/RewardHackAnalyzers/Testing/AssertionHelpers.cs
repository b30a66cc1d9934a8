using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Decides whether a user method is an assertion helper: a chain of at most <see cref="TestModel.AssertionHelperMaxDepth"/>
    /// calls through source methods of the compilation reaches an assertion. Each method's body is scanned once
    /// (its direct assertion and its callees are memoised), each answer is memoised, and the search is a
    /// breadth-first walk with a visited set, so recursion and cycles terminate and the shortest chain decides.
    /// </summary>
    internal sealed class AssertionHelpers
    {
        private readonly TestModel model;
        private readonly MethodBodies bodies;
        private readonly ConcurrentDictionary<IMethodSymbol, CallFacts> facts = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> answers = new(SymbolEqualityComparer.Default);

        public AssertionHelpers(TestModel model, Compilation compilation)
        {
            this.model = model;
            bodies = MethodBodies.For(compilation);
        }

        public bool IsHelper(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = Normalize(method);
            if (answers.TryGetValue(method, out var known))
            {
                return known;
            }

            return answers.GetOrAdd(method, Decide(method, cancellationToken));
        }

        private bool Decide(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (model.IsConditional(method) || model.IsFrameworkAssertion(method))
            {
                return false;
            }

            if (model.IsDeclaredAssertion(method))
            {
                return true;
            }

            if (!IsSourceMethod(method))
            {
                return false;
            }

            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method };
            var level = new List<IMethodSymbol> { method };
            for (var depth = 1; depth <= TestModel.AssertionHelperMaxDepth && level.Count > 0; depth++)
            {
                var next = new List<IMethodSymbol>();
                foreach (var current in level)
                {
                    var found = Facts(current, cancellationToken);
                    if (found.AssertsDirectly)
                    {
                        return true;
                    }

                    foreach (var callee in found.Callees)
                    {
                        if (visited.Add(callee))
                        {
                            next.Add(callee);
                        }
                    }
                }

                level = next;
            }

            return false;
        }

        private CallFacts Facts(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (facts.TryGetValue(method, out var known))
            {
                return known;
            }

            return facts.GetOrAdd(method, Scan(method, cancellationToken));
        }

        // Every operation of the body counts, lambdas and local functions included: an assertion the helper can
        // reach is enough (we do not prove the lambda runs), which errs towards "asserts" and so towards silence.
        private CallFacts Scan(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var body = bodies.Body(method, cancellationToken);
            if (body is null)
            {
                return CallFacts.None;
            }

            var callees = ImmutableArray.CreateBuilder<IMethodSymbol>();
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (model.IsDirectAssertion(operation, cancellationToken))
                {
                    return CallFacts.Asserting;
                }

                var target = operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IMethodReferenceOperation reference => reference.Method,
                    _ => null,
                };
                if (target is not null && IsSourceMethod(target) && !model.IsConditional(target))
                {
                    callees.Add(Normalize(target));
                }
            }

            return new CallFacts(assertsDirectly: false, callees.ToImmutable());
        }

        private static bool IsSourceMethod(IMethodSymbol method) => !method.IsAbstract && !method.IsExtern
            && !(method.PartialImplementationPart ?? method).DeclaringSyntaxReferences.IsEmpty;

        private static IMethodSymbol Normalize(IMethodSymbol method)
        {
            var normalized = FrameworkAssertions.Normalize(method);
            return normalized.PartialImplementationPart ?? normalized;
        }

        private sealed class CallFacts
        {
            public static readonly CallFacts None = new(assertsDirectly: false, ImmutableArray<IMethodSymbol>.Empty);
            public static readonly CallFacts Asserting = new(assertsDirectly: true, ImmutableArray<IMethodSymbol>.Empty);

            public CallFacts(bool assertsDirectly, ImmutableArray<IMethodSymbol> callees)
            {
                AssertsDirectly = assertsDirectly;
                Callees = callees;
            }

            public bool AssertsDirectly { get; }
            public ImmutableArray<IMethodSymbol> Callees { get; }
        }
    }
}
