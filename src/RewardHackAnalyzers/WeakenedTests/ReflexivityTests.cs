using System;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// The legitimate look-alike of a tautological equality: a test of a type's own equality checks that it is
    /// reflexive (<c>Assert.Equal(money, money)</c>, <c>Assert.True(money.Equals(money))</c>). It applies when the
    /// compared type declares its own equality (an <c>Equals</c> or <c>operator ==</c> written for it, in this project or a referenced one) and the test is
    /// a test of that type's equality: the test method's or class's name contains the type's name, and one of them
    /// contains "Equal" or "Reflexiv".
    /// </summary>
    internal static class ReflexivityTests
    {
        public static bool IsReflexivityTest(ITypeSymbol? compared, ISymbol? container)
        {
            if (compared is not INamedTypeSymbol type || !DeclaresEquality(type) || container is not IMethodSymbol method)
            {
                return false;
            }

            var className = method.ContainingType?.Name ?? string.Empty;
            return (Contains(method.Name, type.Name) || Contains(className, type.Name))
                && (Contains(method.Name, "Equal") || Contains(className, "Equal")
                    || Contains(method.Name, "Reflexiv") || Contains(className, "Reflexiv"));
        }

        // Declared by the type itself, in source or in a referenced project; not synthesized (records) and not a
        // built-in type's (string, int), whose equality is not the code under test.
        private static bool DeclaresEquality(INamedTypeSymbol type)
        {
            if (type.SpecialType != SpecialType.None)
            {
                return false;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { Name: "Equals" or "op_Equality", Parameters.Length: 1 or 2, IsImplicitlyDeclared: false } method
                    && !IsCompilerGenerated(method))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsCompilerGenerated(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "CompilerGeneratedAttribute", ContainingNamespace.Name: "CompilerServices" })
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
