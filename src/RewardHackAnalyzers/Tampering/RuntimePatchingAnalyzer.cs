using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// RH0302: a test framework, assertion or clock patched at run time: Harmony (<c>harmony.Patch(original, …)</c>,
    /// <c>CreateProcessor(original)</c>, <c>[HarmonyPatch(typeof(T), "M")]</c>), MonoMod (<c>new Hook(original, …)</c>,
    /// <c>Detour</c>, <c>ILHook</c>, <c>NativeDetour</c>), a method pointer obtained with <c>GetFunctionPointer()</c> in
    /// a method that writes through pointers or <c>Marshal</c>/<c>Unsafe</c>, and <c>FieldInfo</c>/<c>PropertyInfo</c>
    /// <c>SetValue</c>. Harmony and MonoMod are recognised by name, so unrestored code is analysed too. The target
    /// decides (see <see cref="PatchTargets"/>): patching the application's own types, or a game's, is silent.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RuntimePatchingAnalyzer : RewardHackAnalyzer
    {
        private static readonly ImmutableHashSet<string> HarmonyNamespaces = ImmutableHashSet.Create("HarmonyLib", "Harmony");
        private static readonly ImmutableHashSet<string> HarmonyTypes = ImmutableHashSet.Create("Harmony", "HarmonyInstance");
        private static readonly ImmutableHashSet<string> MonoModTypes = ImmutableHashSet.Create("Hook", "Detour", "ILHook", "NativeDetour");
        private const string MonoModNamespace = "MonoMod.RuntimeDetour";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0302_RuntimePatching);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var targets = new PatchTargets(context.Compilation);
            var reflectionWrites = new ReflectionWrites(context.Compilation);
            context.RegisterSyntaxNodeAction(c => AnalyzeInvocation(c, targets, reflectionWrites), SyntaxKind.InvocationExpression);
            var monoModResolves = DeclaresNamespace(context.Compilation.GlobalNamespace, "MonoMod", "RuntimeDetour");
            context.RegisterSyntaxNodeAction(c => AnalyzeCreation(c, targets, monoModResolves), SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
            context.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, targets), SyntaxKind.Attribute);
        }

        private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, PatchTargets targets, ReflectionWrites reflectionWrites)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                return;
            }

            var model = context.SemanticModel;
            var cancellationToken = context.CancellationToken;
            string? how = null;
            ExpressionSyntax? original = null;
            switch (access.Name.Identifier.ValueText)
            {
                case "Patch" or "CreateProcessor" when IsHarmony(model.GetTypeInfo(access.Expression, cancellationToken).Type):
                    how = "patched by Harmony";
                    original = Argument(invocation.ArgumentList, "original");
                    break;
                case "GetFunctionPointer" when reflectionWrites.IsMethodHandle(model.GetTypeInfo(access.Expression, cancellationToken).Type)
                    && MemoryWrites.InEnclosingBody(invocation, model, cancellationToken):
                    how = "redirected by a method-pointer write";
                    original = access.Expression;
                    break;
                case "SetValue" or "SetValueDirect" when reflectionWrites.IsMemberInfo(model.GetTypeInfo(access.Expression, cancellationToken).Type):
                    how = "overwritten by reflection";
                    original = access.Expression;
                    break;
            }

            if (how is not null && original is not null
                && targets.Protected(PatchTargets.OperationOf(original, model, cancellationToken), cancellationToken) is { } target)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.RH0302_RuntimePatching, invocation.GetLocation(), target, how));
            }
        }

        private static void AnalyzeCreation(SyntaxNodeAnalysisContext context, PatchTargets targets, bool monoModResolves)
        {
            var creation = (BaseObjectCreationExpressionSyntax)context.Node;
            if (creation.ArgumentList is not { Arguments.Count: > 0 } arguments
                || (!monoModResolves && !NamesMonoModType(creation))
                || context.SemanticModel.GetTypeInfo(creation, context.CancellationToken).Type is not INamedTypeSymbol type
                || !MonoModTypes.Contains(type.Name)
                || !IsMonoMod(type, creation)
                || targets.Protected(PatchTargets.OperationOf(arguments.Arguments[0].Expression, context.SemanticModel, context.CancellationToken), context.CancellationToken) is not { } target)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rules.RH0302_RuntimePatching, creation.GetLocation(), target, "hooked by MonoMod"));
        }

        // [HarmonyPatch(typeof(Assert), "Equal")], [HarmonyPatch(typeof(Stopwatch), nameof(Stopwatch.GetTimestamp))]
        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, PatchTargets targets)
        {
            var attribute = (AttributeSyntax)context.Node;
            var name = RightmostName(attribute.Name);
            if (name is not ("HarmonyPatch" or "HarmonyPatchAttribute")
                || attribute.ArgumentList is not { Arguments.Count: > 0 } arguments
                || arguments.Arguments[0].Expression is not TypeOfExpressionSyntax typeOf)
            {
                return;
            }

            var model = context.SemanticModel;
            var attributeType = model.GetTypeInfo(attribute, context.CancellationToken).Type;
            if (attributeType is not null && attributeType.TypeKind != TypeKind.Error
                && !HarmonyNamespaces.Contains(attributeType.ContainingNamespace.ToDisplayString()))
            {
                return;
            }

            var member = arguments.Arguments.Count > 1
                ? model.GetConstantValue(arguments.Arguments[1].Expression, context.CancellationToken) is { HasValue: true, Value: string value } ? value : null
                : null;
            if (targets.Protected(model.GetTypeInfo(typeOf.Type, context.CancellationToken).Type, member) is { } target)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.RH0302_RuntimePatching, attribute.GetLocation(), target, "patched by Harmony"));
            }
        }

        // Resolved: Harmony's own type. Unresolved (packages not restored): the name alone, which is distinctive.
        private static bool IsHarmony(ITypeSymbol? type) =>
            type is INamedTypeSymbol named
            && HarmonyTypes.Contains(named.Name)
            && (named.TypeKind == TypeKind.Error || HarmonyNamespaces.Contains(named.ContainingNamespace.ToDisplayString()));

        // Binding every 'new' is costly. Where no MonoMod namespace resolves, only an unresolved type can be MonoMod's, and
        // an unresolved type bears the name it is written with (aliases to it are not followed: see IsMonoMod).
        private static bool NamesMonoModType(BaseObjectCreationExpressionSyntax creation) =>
            creation is not ObjectCreationExpressionSyntax { Type: var type }
            || (RightmostTypeName(type) is { } name && MonoModTypes.Contains(name));

        private static bool DeclaresNamespace(INamespaceSymbol global, string outer, string inner)
        {
            foreach (var candidate in global.GetNamespaceMembers())
            {
                if (candidate.Name == outer)
                {
                    foreach (var nested in candidate.GetNamespaceMembers())
                    {
                        if (nested.Name == inner)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        // Hook and Detour are common words: unresolved, they count only when written qualified or imported from MonoMod.
        private static bool IsMonoMod(INamedTypeSymbol type, BaseObjectCreationExpressionSyntax creation)
        {
            if (type.TypeKind != TypeKind.Error)
            {
                return type.ContainingNamespace.ToDisplayString() == MonoModNamespace;
            }

            return creation is ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax qualified } && qualified.Left.ToString() == MonoModNamespace
                || creation.SyntaxTree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                    .OfType<UsingDirectiveSyntax>()
                    .Any(u => u.Alias is null && u.Name?.ToString() == MonoModNamespace);
        }

        private static ExpressionSyntax? Argument(ArgumentListSyntax list, string parameterName) =>
            list.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameterName)?.Expression
            ?? list.Arguments.FirstOrDefault(a => a.NameColon is null)?.Expression;

        private static string? RightmostTypeName(TypeSyntax type) => type is NameSyntax name ? RightmostName(name) : null;

        private static string? RightmostName(NameSyntax name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
