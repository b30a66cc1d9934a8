using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// RH0301: the assertion API shadowed. Three shapes, each reported once: a type named like a referenced framework's
    /// assertion entry point declared in a test project; a using alias that points such a name at another type; and an
    /// <c>Assert.X(…)</c>-shaped call in a test class that binds, some other way, to a method outside the framework that
    /// cannot fail. A type of that name in a project without a test framework (a library's own guard class) is not a
    /// shadow; neither is a helper with a name of its own (<c>AssertEx</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ShadowedAssertionApiAnalyzer : RewardHackAnalyzer
    {
        /// <summary>Diagnostic property set on the alias findings, the only ones the code fix removes.</summary>
        public const string AliasProperty = "RH0301.Alias";

        private static readonly ImmutableDictionary<string, string?> AliasProperties =
            ImmutableDictionary<string, string?>.Empty.Add(AliasProperty, "true");

        private static readonly SymbolDisplayFormat QualifiedName = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0301_ShadowedAssertionApi);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            var shadows = new AssertionShadows(model, context.Compilation);
            if (model.IsTestProject)
            {
                context.RegisterSymbolAction(c => AnalyzeType(c, shadows), SymbolKind.NamedType);
                context.RegisterSyntaxNodeAction(c => AnalyzeAlias(c, model, shadows), SyntaxKind.UsingDirective);
            }

            context.RegisterOperationAction(c => AnalyzeCall(c, model, shadows), OperationKind.Invocation);
        }

        private static void AnalyzeType(SymbolAnalysisContext context, AssertionShadows shadows)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!shadows.IsShadowingDeclaration(type, context.CancellationToken))
            {
                return;
            }

            foreach (var location in type.Locations)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0301_ShadowedAssertionApi,
                    location,
                    type.ToDisplayString(QualifiedName),
                    type.Name,
                    "a type of that name is declared in this test project"));
            }
        }

        private static void AnalyzeAlias(SyntaxNodeAnalysisContext context, TestModel model, AssertionShadows shadows)
        {
            var directive = (UsingDirectiveSyntax)context.Node;
            if (directive.Alias is not { } alias
                || !model.IsAssertionEntryPointName(alias.Name.Identifier.ValueText)
                || context.SemanticModel.GetDeclaredSymbol(directive, context.CancellationToken) is not IAliasSymbol { Target: INamedTypeSymbol target }
                || target.TypeKind == TypeKind.Error
                || shadows.IsHarmlessAliasTarget(target, context.CancellationToken))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0301_ShadowedAssertionApi,
                directive.GetLocation(),
                AliasProperties,
                alias.Name.Identifier.ValueText,
                alias.Name.Identifier.ValueText,
                $"a using alias points it at '{target.ToDisplayString(QualifiedName)}'"));
        }

        private static void AnalyzeCall(OperationAnalysisContext context, TestModel model, AssertionShadows shadows)
        {
            var call = (IInvocationOperation)context.Operation;
            if (call.Instance is not null
                || !call.TargetMethod.IsStatic
                || call.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                || ReceiverName(access.Expression) is not { } receiverName
                || !AssertionNames.IsAssertTypeName(receiverName)
                || context.ContainingSymbol.ContainingType is not { } containingType
                || !model.IsTestClass(containingType))
            {
                return;
            }

            var method = call.TargetMethod;
            if (method.ContainingType is not { } shadowType
                || shadows.IsShadowingDeclaration(shadowType, context.CancellationToken)
                || IsReportedAlias(access.Expression, call.SemanticModel, model, context.CancellationToken)
                || shadows.CanFail(method, context.CancellationToken))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0301_ShadowedAssertionApi,
                access.GetLocation(),
                access.ToString(),
                receiverName + "." + access.Name.Identifier.ValueText,
                $"it binds to '{shadowType.ToDisplayString(QualifiedName)}.{method.Name}', which cannot fail"));
        }

        private static bool IsReportedAlias(ExpressionSyntax receiver, SemanticModel? semanticModel, TestModel model, System.Threading.CancellationToken cancellationToken) =>
            model.IsTestProject
            && receiver is IdentifierNameSyntax identifier
            && semanticModel?.GetAliasInfo(identifier, cancellationToken) is not null
            && model.IsAssertionEntryPointName(identifier.Identifier.ValueText);

        private static string? ReceiverName(ExpressionSyntax receiver) => receiver switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
