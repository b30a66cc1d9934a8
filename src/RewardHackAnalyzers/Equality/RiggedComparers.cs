using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// Whether a source type's equality or comparison always succeeds, whatever it is given. Used where a type is
    /// handed to something that trusts its verdict (an assertion given a comparer). Results are memoised per compilation.
    /// </summary>
    public static class RiggedComparers
    {
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, bool>> Cache = new();

        /// <summary>
        /// True when a contract that <paramref name="comparerType"/> (or a source base type) implements, and that is not
        /// overridden further down, always succeeds: IEqualityComparer(&lt;T&gt;).Equals, IEquatable&lt;T&gt;.Equals or an
        /// Equals(object) override always returning true; IComparer(&lt;T&gt;).Compare or IComparable(&lt;T&gt;).CompareTo
        /// always returning 0. The compared type's state is not considered: a comparer that accepts everything is
        /// rigged for whatever it is handed. False for metadata types, whose bodies cannot be seen.
        /// </summary>
        public static bool AlwaysSucceeds(INamedTypeSymbol comparerType, Compilation compilation, CancellationToken ct)
        {
            var results = Cache.GetValue(compilation, _ => new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default));
            var definition = comparerType.OriginalDefinition;
            if (results.TryGetValue(definition, out var known))
            {
                return known;
            }

            return results.GetOrAdd(definition, Evaluate(definition, compilation, ct));
        }

        private static bool Evaluate(INamedTypeSymbol type, Compilation compilation, CancellationToken ct)
        {
            var types = EqualityTypes.For(compilation);
            var bodies = MethodBodies.For(compilation);
            var overridden = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is not IMethodSymbol method || overridden.Contains(method))
                    {
                        continue;
                    }

                    for (var overriddenMethod = method.OverriddenMethod; overriddenMethod is not null; overriddenMethod = overriddenMethod.OverriddenMethod)
                    {
                        overridden.Add(overriddenMethod.OriginalDefinition);
                    }

                    var contract = EqualityMembers.Classify(method, types);
                    if (contract.Contract is EqualityContract.None or EqualityContract.EqualityOperator or EqualityContract.InequalityOperator)
                    {
                        continue;
                    }

                    if (bodies.Body(method, ct) is { } body && ConstantResult.AlwaysReturns(body, contract.SuccessValue))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
