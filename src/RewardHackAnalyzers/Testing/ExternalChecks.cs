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

        public static bool LooksLikeCheck(IMethodSymbol method)
        {
            if (!method.DeclaringSyntaxReferences.IsEmpty || method.ContainingAssembly is null)
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
    }
}
