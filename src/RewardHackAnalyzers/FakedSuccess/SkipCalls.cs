using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// The framework call that skips a test with a reason, for the framework whose attribute marks the test: xUnit v3
    /// <c>Assert.Skip</c>, NUnit <c>Assert.Ignore</c>, MSTest <c>Assert.Inconclusive</c>. xUnit v2 has none.
    /// </summary>
    internal static class SkipCalls
    {
        /// <summary>The fully qualified skip method (<c>global::Xunit.Assert.Skip</c>), or null when the test's framework has none.</summary>
        public static string? For(TestModel model, IMethodSymbol test)
        {
            foreach (var attribute in test.GetAttributes())
            {
                for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
                {
                    var root = RootNamespace(type);
                    if (root == "Xunit" && Declares(model.Types.XunitAssert, "Skip"))
                    {
                        return "global::Xunit.Assert.Skip";
                    }

                    if (root == "NUnit" && Declares(model.Types.NUnitAssert, "Ignore"))
                    {
                        return "global::NUnit.Framework.Assert.Ignore";
                    }

                    if (root == "Microsoft" && Declares(model.Types.MSTestAssert, "Inconclusive"))
                    {
                        return "global::Microsoft.VisualStudio.TestTools.UnitTesting.Assert.Inconclusive";
                    }
                }
            }

            return null;
        }

        private static bool Declares(INamedTypeSymbol? type, string member) => type is not null && !type.GetMembers(member).IsEmpty;

        private static string? RootNamespace(INamedTypeSymbol type)
        {
            var ns = type.ContainingNamespace;
            while (ns is { ContainingNamespace.IsGlobalNamespace: false })
            {
                ns = ns.ContainingNamespace;
            }

            return ns is null || ns.IsGlobalNamespace ? null : ns.Name;
        }
    }
}
