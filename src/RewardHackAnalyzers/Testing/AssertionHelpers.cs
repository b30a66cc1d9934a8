using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        private readonly ConcurrentDictionary<IMethodSymbol, bool> mayFailAnswers = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> mayThrowAnswers = new(SymbolEqualityComparer.Default);

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

            return Reaches(method, facts => facts.AssertsDirectly, cancellationToken);
        }

        /// <summary>
        /// True when <paramref name="method"/>, within the same chain of calls as a helper, reaches an assertion or a call
        /// that does not bind (a verifier from a package that was not restored): code that may fail a test, or that the
        /// model cannot judge. <paramref name="countThrows"/> also counts a <c>throw</c> of any exception.
        /// </summary>
        public bool MayFail(IMethodSymbol method, bool countThrows, CancellationToken cancellationToken)
        {
            method = Normalize(method);
            if (model.IsConditional(method) || !IsSourceMethod(method))
            {
                return false;
            }

            var answers = countThrows ? mayThrowAnswers : mayFailAnswers;
            if (answers.TryGetValue(method, out var known))
            {
                return known;
            }

            return answers.GetOrAdd(method, Reaches(
                method, facts => facts.AssertsDirectly || facts.Unresolved || (countThrows && facts.Throws), cancellationToken));
        }

        // Breadth-first over source callees with a visited set, so recursion and cycles terminate.
        private bool Reaches(IMethodSymbol method, Func<CallFacts, bool> found, CancellationToken cancellationToken)
        {
            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method };
            var level = new List<IMethodSymbol> { method };
            for (var depth = 1; depth <= TestModel.AssertionHelperMaxDepth && level.Count > 0; depth++)
            {
                var next = new List<IMethodSymbol>();
                foreach (var current in level)
                {
                    var facts = Facts(current, cancellationToken);
                    if (found(facts))
                    {
                        return true;
                    }

                    foreach (var callee in facts.Callees)
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
            var throws = false;
            var unresolved = false;
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (model.IsDirectAssertion(operation, cancellationToken))
                {
                    return CallFacts.Asserting;
                }

                throws |= operation is IThrowOperation;
                unresolved |= operation is IInvalidOperation { Syntax: InvocationExpressionSyntax };

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

            return new CallFacts(assertsDirectly: false, throws, unresolved, callees.ToImmutable());
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
            public static readonly CallFacts None = new(assertsDirectly: false, throws: false, unresolved: false, ImmutableArray<IMethodSymbol>.Empty);
            public static readonly CallFacts Asserting = new(assertsDirectly: true, throws: false, unresolved: false, ImmutableArray<IMethodSymbol>.Empty);

            public CallFacts(bool assertsDirectly, bool throws, bool unresolved, ImmutableArray<IMethodSymbol> callees)
            {
                AssertsDirectly = assertsDirectly;
                Throws = throws;
                Unresolved = unresolved;
                Callees = callees;
            }

            public bool AssertsDirectly { get; }

            // A `throw` of any exception: a hand-rolled check, or argument validation; only tripwires count it.
            public bool Throws { get; }

            // A call that does not bind: what it does cannot be judged.
            public bool Unresolved { get; }
            public ImmutableArray<IMethodSymbol> Callees { get; }
        }
    }
}
