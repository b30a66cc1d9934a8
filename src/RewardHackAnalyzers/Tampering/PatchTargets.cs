using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// Finds what a patch is aimed at, from the expression that names the original member, and decides whether it
    /// matters: a member of a test framework, an assertion or mocking library, or a clock. Recognised shapes:
    /// <c>typeof(T).GetMethod("M")</c> (and <c>GetField</c>, <c>GetProperty</c>, <c>GetRuntimeMethod</c>, …,
    /// <c>x.GetType()</c> as the type), <c>.GetGetMethod()</c>, <c>.MethodHandle</c>, Harmony's
    /// <c>AccessTools.Method(typeof(T), "M")</c> and <c>AccessTools.Method("T:M")</c>, a method group
    /// (<c>((Func&lt;long&gt;)Stopwatch.GetTimestamp).Method</c>), a lambda (<c>SymbolExtensions.GetMethodInfo(() =&gt; Assert.True(true))</c>),
    /// and a local initialised with any of these. Works on unresolved code too: Harmony need not be referenced.
    /// </summary>
    internal sealed class PatchTargets
    {
        // Every step of the search (a local's initialiser, a receiver, an argument) spends one unit, so expression
        // chains of any depth end the search instead of the stack.
        private const int MaxSteps = 16;

        // Namespaces of the test frameworks, runners, assertion, mocking and snapshot libraries.
        private static readonly ImmutableArray<string> FrameworkNamespaces = ImmutableArray.Create(
            "Xunit", "NUnit", "Microsoft.VisualStudio.TestTools.UnitTesting", "Microsoft.VisualStudio.TestPlatform",
            "Microsoft.Testing.Platform", "TUnit", "FluentAssertions", "AwesomeAssertions", "Shouldly", "Moq",
            "NSubstitute", "FakeItEasy", "VerifyTests", "VerifyXunit", "VerifyNUnit", "VerifyMSTest", "VerifyTUnit");

        private static readonly ImmutableArray<string> ClockNames = ImmutableArray.Create(
            "System.Diagnostics.Stopwatch", "System.DateTime", "System.DateTimeOffset", "System.TimeProvider", "System.Environment");

        private static readonly ImmutableHashSet<string> ReflectionLookups = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "GetMethod", "GetField", "GetProperty", "GetMember", "GetRuntimeMethod", "GetRuntimeField", "GetRuntimeProperty",
            "GetDeclaredMethod", "GetDeclaredField", "GetDeclaredProperty");

        private static readonly ImmutableHashSet<string> AccessorLookups = ImmutableHashSet.Create(
            StringComparer.Ordinal, "GetGetMethod", "GetSetMethod", "GetMethodInfo", "GetAddMethod", "GetRemoveMethod");

        private static readonly ImmutableHashSet<string> AccessorProperties = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Method", "MethodHandle", "GetMethod", "SetMethod");

        private static readonly SymbolDisplayFormat QualifiedName = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.None);

        private readonly Compilation compilation;
        private readonly ImmutableHashSet<INamedTypeSymbol> clocks;

        public PatchTargets(Compilation compilation)
        {
            this.compilation = compilation;
            clocks = ClockNames.Select(compilation.GetTypeByMetadataName).OfType<INamedTypeSymbol>()
                .ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        }

        /// <summary>The display name of the member <paramref name="original"/> names, when it is one the rule protects.</summary>
        public string? Protected(IOperation? original, CancellationToken cancellationToken) =>
            Resolve(original, MaxSteps, cancellationToken) is { } target && IsProtected(target) ? target.Display : null;

        /// <summary>Like <see cref="Protected(IOperation?, CancellationToken)"/> for a type and member named separately (an attribute's arguments).</summary>
        public string? Protected(ITypeSymbol? type, string? member) =>
            Of(type)?.WithMember(member) is { } target && IsProtected(target) ? target.Display : null;

        private bool IsProtected(PatchTarget target)
        {
            if (target.Type is INamedTypeSymbol type)
            {
                if (clocks.Contains(type.OriginalDefinition))
                {
                    return true;
                }

                // A type of this compilation is the user's own, whatever namespace it borrows.
                if (type.TypeKind == TypeKind.Error || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
                {
                    return false;
                }
            }

            return ClockNames.Contains(target.TypeName)
                || FrameworkNamespaces.Any(ns => target.TypeName.StartsWith(ns + ".", StringComparison.Ordinal));
        }

        private PatchTarget? Resolve(IOperation? operation, int steps, CancellationToken cancellationToken)
        {
            if (steps-- <= 0)
            {
                return null;
            }

            operation = WithoutConversions(operation);
            switch (operation)
            {
                case ITypeOfOperation typeOf:
                    return Of(typeOf.TypeOperand);
                case IMethodReferenceOperation reference:
                    return Of(reference.Method.ContainingType)?.WithMember(reference.Method.Name);
                case IDelegateCreationOperation creation:
                    return Resolve(creation.Target, steps, cancellationToken);
                case IAnonymousFunctionOperation lambda:
                    return CalledIn(lambda);
                case ILocalReferenceOperation local:
                    return Resolve(Initializer(local, cancellationToken), steps, cancellationToken);
                case IPropertyReferenceOperation property when AccessorProperties.Contains(property.Property.Name):
                    return Resolve(property.Instance, steps, cancellationToken);
                case IInvocationOperation call:
                    var arguments = call.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).OrderBy(a => a.Syntax.SpanStart).Select(a => (IOperation?)a.Value).ToList();
                    var receiver = call.Instance;
                    if (call.TargetMethod.IsExtensionMethod && receiver is null && arguments.Count > 0)
                    {
                        receiver = arguments[0];
                        arguments.RemoveAt(0);
                    }

                    return ResolveCall(call.TargetMethod.Name, call.TargetMethod.ContainingType?.Name, receiver, arguments, steps, cancellationToken);
                case IInvalidOperation { Syntax: InvocationExpressionSyntax syntax, SemanticModel: { } model }:
                    var access = syntax.Expression as MemberAccessExpressionSyntax;
                    var receiverSyntax = access?.Expression;
                    return ResolveCall(
                        access?.Name.Identifier.ValueText ?? string.Empty,
                        (receiverSyntax as IdentifierNameSyntax)?.Identifier.ValueText,
                        receiverSyntax is null ? null : OperationOf(receiverSyntax, model, cancellationToken),
                        syntax.ArgumentList.Arguments.Select(a => OperationOf(a.Expression, model, cancellationToken)).ToList(),
                        steps,
                        cancellationToken);
                default:
                    return null;
            }
        }

        private PatchTarget? ResolveCall(
            string name, string? receiverTypeName, IOperation? receiver, System.Collections.Generic.List<IOperation?> arguments, int steps, CancellationToken cancellationToken)
        {
            if (ReflectionLookups.Contains(name))
            {
                return TypeOf(receiver)?.WithMember(StringArgument(arguments, 0));
            }

            if (AccessorLookups.Contains(name) && receiver is not null)
            {
                return Resolve(receiver, steps, cancellationToken);
            }

            if (receiverTypeName == "AccessTools" && arguments.Count > 0)
            {
                return TypeOf(arguments[0])?.WithMember(StringArgument(arguments, 1))
                    ?? FromColonName(StringArgument(arguments, 0));
            }

            // SymbolExtensions.GetMethodInfo(() => Assert.True(true)) and similar: the member is the one the lambda calls.
            return arguments.Select(Lambda).OfType<IAnonymousFunctionOperation>().Select(CalledIn).FirstOrDefault(t => t is not null);
        }

        private static IAnonymousFunctionOperation? Lambda(IOperation? argument) => WithoutConversions(argument) switch
        {
            IAnonymousFunctionOperation lambda => lambda,
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
            _ => null,
        };

        private static PatchTarget? CalledIn(IAnonymousFunctionOperation lambda)
        {
            foreach (var operation in lambda.Body.Descendants())
            {
                switch (operation)
                {
                    case IInvocationOperation call:
                        return Of(call.TargetMethod.ContainingType)?.WithMember(call.TargetMethod.Name);
                    case IPropertyReferenceOperation property:
                        return Of(property.Property.ContainingType)?.WithMember(property.Property.Name);
                }
            }

            return null;
        }

        private static PatchTarget? TypeOf(IOperation? operation) => WithoutConversions(operation) switch
        {
            ITypeOfOperation typeOf => Of(typeOf.TypeOperand),
            IInvocationOperation { TargetMethod.Name: "GetType", Instance: { } instance } => Of(WithoutConversions(instance)?.Type),
            IInvocationOperation { TargetMethod.Name: "GetTypeInfo", Arguments: { Length: 1 } arguments } => TypeOf(arguments[0].Value),
            IInvocationOperation { TargetMethod.Name: "TypeByName", Arguments: { Length: > 0 } arguments } =>
                arguments[0].Value.ConstantValue is { HasValue: true, Value: string typeName } ? new PatchTarget(null, typeName, null) : null,
            _ => null,
        };

        private static PatchTarget? Of(ITypeSymbol? type) =>
            type is null || type.TypeKind == TypeKind.Error ? null : new PatchTarget(type, type.ToDisplayString(QualifiedName), null);

        // Harmony's "Namespace.Type:Member" notation.
        private static PatchTarget? FromColonName(string? name)
        {
            var colon = name?.IndexOf(':') ?? -1;
            return name is null || colon <= 0 ? null : new PatchTarget(null, name.Substring(0, colon), name.Substring(colon + 1));
        }

        private static string? StringArgument(System.Collections.Generic.List<IOperation?> arguments, int index) =>
            arguments.Count > index && arguments[index]?.ConstantValue is { HasValue: true, Value: string value } ? value : null;

        private static IOperation? Initializer(ILocalReferenceOperation local, CancellationToken cancellationToken)
        {
            if (local.SemanticModel is not { } model)
            {
                return null;
            }

            foreach (var reference in local.Local.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                    && value.SyntaxTree == model.SyntaxTree)
                {
                    return OperationOf(value, model, cancellationToken);
                }
            }

            return null;
        }

        /// <summary>
        /// The operation of an expression as written: <c>x!</c> and <c>(x)</c> have no operation of their own, so they
        /// are looked through first.
        /// </summary>
        public static IOperation? OperationOf(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        {
            while (true)
            {
                switch (expression)
                {
                    case PostfixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression } suppressed:
                        expression = suppressed.Operand;
                        break;
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        break;
                    default:
                        return model.GetOperation(expression, cancellationToken);
                }
            }
        }

        private static IOperation? WithoutConversions(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
