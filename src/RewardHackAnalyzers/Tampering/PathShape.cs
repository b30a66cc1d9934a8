using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// The constant shape of a path expression: literal text kept, every part not known at compile time replaced by
    /// <c>*</c>, path separators normalised to <c>/</c>. <c>$"{name}.verified.txt"</c> is <c>*.verified.txt</c>;
    /// <c>Path.Combine(dir, "TestResults", file)</c> is <c>*/TestResults/*</c>, and <c>Path.GetFullPath(p)</c> is the shape of <c>p</c>.
    /// </summary>
    internal static class PathShape
    {
        public const string Unknown = "*";

        // Deeper concatenations are left unknown rather than walked: a path is never that deep.
        private const int MaxDepth = 16;

        // Locals are followed only near the top, so a local defined through itself (broken code) cannot fan out.
        private const int LocalDepth = 3;

        public static string Of(IOperation operation, INamedTypeSymbol? pathType) =>
            Build(operation, pathType, 0).Replace('\\', '/');

        // A local assigned once, where it is declared (string path = $"{name}.verified.txt"), stands for that value.
        private static IOperation? SingleValue(ILocalReferenceOperation reference)
        {
            var root = (IOperation)reference;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            IOperation? value = null;
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                        value = declarator.Initializer?.Value;
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                        return null;
                }
            }

            return value;
        }

        private static string Build(IOperation operation, INamedTypeSymbol? path, int depth)
        {
            if (operation.ConstantValue is { HasValue: true, Value: string text })
            {
                return text;
            }

            if (depth > MaxDepth)
            {
                return Unknown;
            }

            switch (operation)
            {
                case ILocalReferenceOperation local when depth < LocalDepth && SingleValue(local) is { } value:
                    return Build(value, path, depth + 1);
                case IConversionOperation conversion:
                    return Build(conversion.Operand, path, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                    return Build(add.LeftOperand, path, depth + 1) + Build(add.RightOperand, path, depth + 1);
                case IInterpolatedStringOperation interpolated:
                    var builder = new StringBuilder();
                    foreach (var part in interpolated.Parts)
                    {
                        builder.Append(part is IInterpolatedStringTextOperation literal ? Build(literal.Text, path, depth + 1)
                            : part is IInterpolationOperation hole ? Build(hole.Expression, path, depth + 1)
                            : Unknown);
                    }

                    return builder.ToString();
                case IInvocationOperation invocation when IsPathJoin(invocation.TargetMethod, path):
                    return string.Join("/", Segments(invocation.Arguments, path, depth + 1));
                case IInvocationOperation { Arguments.Length: 1 } invocation when IsFullPath(invocation.TargetMethod, path):
                    return Build(invocation.Arguments[0].Value, path, depth + 1);
                default:
                    return Unknown;
            }
        }

        private static bool IsPathJoin(IMethodSymbol method, INamedTypeSymbol? path) =>
            path is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, path) && method.Name is "Combine" or "Join";

        // Path.GetFullPath(p) names the same file as p.
        private static bool IsFullPath(IMethodSymbol method, INamedTypeSymbol? path) =>
            path is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, path) && method.Name == "GetFullPath";

        private static ImmutableArray<string> Segments(ImmutableArray<IArgumentOperation> arguments, INamedTypeSymbol? path, int depth)
        {
            var segments = ImmutableArray.CreateBuilder<string>();
            foreach (var argument in arguments)
            {
                if (argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (var element in initializer.ElementValues)
                    {
                        segments.Add(Build(element, path, depth));
                    }
                }
                else
                {
                    segments.Add(Build(argument.Value, path, depth));
                }
            }

            return segments.ToImmutable();
        }
    }
}
