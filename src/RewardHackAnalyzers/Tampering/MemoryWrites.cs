using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// Whether the method around a node writes raw memory: an assignment through a pointer (<c>*p = …</c>,
    /// <c>p[i] = …</c> on a pointer), or a call of <c>Marshal.Write*</c>/<c>Copy</c>/<c>StructureToPtr</c>,
    /// <c>Unsafe.Write*</c>/<c>Copy*</c>, <c>Buffer.MemoryCopy</c> or <c>NativeMemory.Copy</c>. Together with a
    /// method's function pointer, that is how its code is overwritten.
    /// </summary>
    internal static class MemoryWrites
    {
        private static readonly ImmutableHashSet<string> WritingTypes = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Marshal", "Unsafe", "Buffer", "NativeMemory");

        public static bool InEnclosingBody(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            var body = EnclosingBody(node);
            foreach (var descendant in body.DescendantNodes())
            {
                switch (descendant)
                {
                    case AssignmentExpressionSyntax { Left: PrefixUnaryExpressionSyntax left } when left.IsKind(SyntaxKind.PointerIndirectionExpression):
                        return true;
                    case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax element }
                        when model.GetTypeInfo(element.Expression, cancellationToken).Type is IPointerTypeSymbol:
                        return true;
                    case InvocationExpressionSyntax invocation when IsMemoryWrite(invocation, model, cancellationToken):
                        return true;
                }
            }

            return false;
        }

        private static bool IsMemoryWrite(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                return false;
            }

            var name = access.Name.Identifier.ValueText;
            if (!(name.StartsWith("Write", StringComparison.Ordinal) || name.StartsWith("Copy", StringComparison.Ordinal)
                || name is "MemoryCopy" or "StructureToPtr"))
            {
                return false;
            }

            return model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } type }
                && WritingTypes.Contains(type.Name);
        }

        private static SyntaxNode EnclosingBody(SyntaxNode node)
        {
            for (var current = node; current is not null; current = current.Parent)
            {
                if (current is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or CompilationUnitSyntax)
                {
                    return current;
                }
            }

            return node;
        }
    }
}
