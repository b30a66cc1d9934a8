using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Checks from libraries the model does not know (snapshot and approval testing: <c>Verifier.Verify(result)</c>,
    /// <c>Approvals.Verify(text)</c>, <c>Snapshot.Match(value)</c>). Their bodies cannot be read, so a referenced method
    /// counts when its name says it checks. Source methods never count by name: their bodies are read instead.
    /// </summary>
    internal static class ExternalChecks
    {
        private static readonly ImmutableArray<string> Prefixes = ImmutableArray.Create("Assert", "Verify", "Approve", "Should", "Expect");

        /// <summary>
        /// True for a referenced method named like a check, outside the frameworks and libraries the model knows: their
        /// methods are judged by symbol (FluentAssertions' <c>Should()</c> alone checks nothing).
        /// </summary>
        public static bool LooksLikeCheck(IMethodSymbol method, KnownTestTypes types)
        {
            if (!method.DeclaringSyntaxReferences.IsEmpty || method.ContainingAssembly is not { } assembly || IsKnownLibrary(assembly, types))
            {
                return false;
            }

            var name = method.Name;
            foreach (var prefix in Prefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return name.IndexOf("Snapshot", StringComparison.Ordinal) >= 0;
        }

        private static bool IsKnownLibrary(IAssemblySymbol assembly, KnownTestTypes types)
        {
            foreach (var known in new[]
            {
                types.XunitAssert?.ContainingAssembly, types.XunitFactAttribute?.ContainingAssembly,
                types.NUnitAssert?.ContainingAssembly, types.MSTestAssert?.ContainingAssembly,
                types.MSTestTestMethodAttribute?.ContainingAssembly, types.TUnitAssert?.ContainingAssembly,
                types.TUnitTestAttribute?.ContainingAssembly, types.FluentAssertionsAssembly, types.AwesomeAssertionsAssembly,
                types.ShouldlyAssembly, types.MoqAssembly, types.NSubstituteAssembly, types.FakeItEasyAssembly,
            })
            {
                if (SymbolEqualityComparer.Default.Equals(assembly, known))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
