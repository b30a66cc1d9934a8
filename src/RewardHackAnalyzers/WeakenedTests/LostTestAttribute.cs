using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// A method in a test class that looks like a test whose attribute was removed: public, instance, parameterless,
    /// non-generic, returning void or a task, with no attributes at all, not an override or interface implementation,
    /// never named anywhere in the compilation, and asserting something. Helpers are called by the tests;
    /// a method nothing calls that asserts is a test nothing runs.
    /// </summary>
    internal static class LostTestAttribute
    {
        public static bool Applies(IMethodSymbol method, TestModel model, CancellationToken cancellationToken)
        {
            if (method is not { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsGenericMethod: false, IsOverride: false, IsAbstract: false, Parameters.Length: 0 }
                || !ReturnsVoidOrTask(method)
                || !method.GetAttributes().IsEmpty
                || method.DeclaringSyntaxReferences.Length != 1
                || method.ContainingType is not { } type
                || !model.IsTestClass(type)
                || ImplementsInterfaceMember(method, type)
                || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
                || declaration.ContainsDiagnostics
                || IsNamedAnywhere(model.Compilation, declaration, cancellationToken))
            {
                return false;
            }

            var body = MethodBodies.For(model.Compilation).Body(method, cancellationToken);
            if (body is null)
            {
                return false;
            }

            foreach (var operation in body.DescendantsAndSelf())
            {
                if (model.IsAssertion(operation, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ReturnsVoidOrTask(IMethodSymbol method) =>
            method.ReturnsVoid || method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 0 };

        private static bool ImplementsInterfaceMember(IMethodSymbol method, INamedTypeSymbol type)
        {
            if (!method.ExplicitInterfaceImplementations.IsEmpty)
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                foreach (var member in implemented.GetMembers(method.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Any mention of the name in the compilation (a call from this class or a derived one, nameof, a method group
        // handed to a data source) means the method is used, so it is not a forgotten test. Only the places where the
        // text holds the name are looked at: the token there is found by position, not by walking every token.
        private static bool IsNamedAnywhere(Compilation compilation, MethodDeclarationSyntax declaration, CancellationToken cancellationToken)
        {
            var name = declaration.Identifier.ValueText;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var text = tree.GetText(cancellationToken).ToString();
                SyntaxNode? root = null;
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    root ??= tree.GetRoot(cancellationToken);
                    var token = root.FindToken(at);
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token != declaration.Identifier)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
