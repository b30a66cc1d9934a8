using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Test doubles that check the code under test from inside it: a type declared in the test compilation that
    /// implements an interface or derives from a class (so the code under test calls it through that abstraction) and
    /// has a member that asserts, throws or calls code that does not bind (a sequence whose enumerator throws to prove
    /// laziness, one whose <c>Dispose</c> asserts it was enumerated exactly once); and a source method that hands out a
    /// delegate that does so (a callback that breaks when called). A test that passes one to the code under test can
    /// fail with no assertion in its own body. Answers are memoised per type.
    /// </summary>
    internal sealed class Tripwires
    {
        private readonly AssertionHelpers helpers;
        private readonly IAssemblySymbol assembly;
        private readonly ConcurrentDictionary<ITypeSymbol, bool> types = new(SymbolEqualityComparer.Default);

        public Tripwires(AssertionHelpers helpers, Compilation compilation)
        {
            this.helpers = helpers;
            assembly = compilation.Assembly;
        }

        /// <summary>True when <paramref name="type"/> is a self-checking double of this compilation.</summary>
        public bool IsTripwire(ITypeSymbol? type, CancellationToken cancellationToken)
        {
            if (type is not INamedTypeSymbol named || !SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, assembly))
            {
                return false;
            }

            named = named.OriginalDefinition;
            if (types.TryGetValue(named, out var known))
            {
                return known;
            }

            return types.GetOrAdd(named, Decide(named, cancellationToken));
        }

        /// <summary>True when <paramref name="method"/> returns a tripwire double, or a delegate that fails when called.</summary>
        public bool HandsOutTripwire(IMethodSymbol method, CancellationToken cancellationToken) =>
            method.ReturnType.TypeKind == TypeKind.Delegate
                ? helpers.MayFail(method, countThrows: true, cancellationToken)
                : IsTripwire(method.ReturnType, cancellationToken);

        private bool Decide(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            // A type nothing else can call through an abstraction is plain code, not a double.
            var standsIn = !type.AllInterfaces.IsEmpty
                || (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object });
            if (!standsIn)
            {
                return false;
            }

            // A derived double inherits its tripwire (a read-only collection that breaks like the sequence it extends).
            for (var current = type; current is not null && SymbolEqualityComparer.Default.Equals(current.ContainingAssembly, assembly); current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IMethodSymbol { MethodKind: not (MethodKind.Constructor or MethodKind.StaticConstructor) } method
                        && helpers.MayFail(method, countThrows: true, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
