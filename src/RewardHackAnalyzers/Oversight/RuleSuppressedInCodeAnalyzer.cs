using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Oversight
{
    /// <summary>
    /// RH0501: a <c>#pragma warning disable</c> naming an RH rule (or disabling everything in a file with tests), a
    /// <c>[SuppressMessage]</c> for an RH rule without a real justification, or either one silencing a test-integrity
    /// check of a peer analyzer in a test project. A <c>#pragma warning restore</c> is never a finding.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RuleSuppressedInCodeAnalyzer : RewardHackAnalyzer
    {
        /// <summary>Diagnostic property telling the code fix what to remove: <see cref="PragmaKind"/> or <see cref="AttributeKind"/>.</summary>
        public const string KindProperty = "SuppressionKind";
        public const string PragmaKind = "Pragma";
        public const string AttributeKind = "Attribute";

        private const string PragmaDisable = "'#pragma warning disable'";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0501_RuleSuppressedInCode);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            var attributes = SuppressMessageAttributes.Resolve(context.Compilation);
            context.RegisterSemanticModelAction(semantic =>
            {
                var root = semantic.SemanticModel.SyntaxTree.GetRoot(semantic.CancellationToken);
                ReportPragmas(semantic, root, model);
                if (!attributes.IsEmpty)
                {
                    ReportAttributes(semantic, root, model, attributes);
                }
            });
        }

        private static void ReportPragmas(SemanticModelAnalysisContext context, SyntaxNode root, TestModel model)
        {
            bool? declaresTests = null;
            // Only the nodes that hold a directive are walked: GetNextDirective would visit every token in between.
            foreach (var trivia in root.DescendantTrivia(node => node.ContainsDirectives))
            {
                if (trivia.GetStructure() is not PragmaWarningDirectiveTriviaSyntax pragma || !pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
                {
                    continue;
                }

                if (pragma.ErrorCodes.Count == 0)
                {
                    declaresTests ??= DeclaresTests(context, root, model);
                    if (declaresTests.Value)
                    {
                        Report(context, pragma.DisableOrRestoreKeyword.GetLocation(), PragmaKind, PragmaDisable, "every warning in a file with tests");
                    }

                    continue;
                }

                foreach (var code in pragma.ErrorCodes)
                {
                    if (PragmaId(code) is { } id && SuppressedDiagnosticIds.Describe(id, model.IsTestProject) is { } suppressed)
                    {
                        Report(context, code.GetLocation(), PragmaKind, PragmaDisable, suppressed);
                    }
                }
            }
        }

        private static void ReportAttributes(SemanticModelAnalysisContext context, SyntaxNode root, TestModel model, SuppressMessageAttributes attributes)
        {
            // Attributes sit on declarations; statement bodies hold none worth visiting (local functions aside).
            foreach (var attribute in root.DescendantNodes(n => n is not BlockSyntax and not ArrowExpressionClauseSyntax).OfType<AttributeSyntax>())
            {
                if (!SuppressMessageAttributes.MayBe(attribute)
                    || attribute.ArgumentList is not { } arguments
                    || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
                    || !attributes.Contains(constructor.ContainingType))
                {
                    continue;
                }

                var positional = arguments.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
                var checkId = positional.Count > 1 ? Constant(context, positional[1].Expression) : null;
                var id = checkId?.Split(':')[0].Trim();
                if (id is null || SuppressedDiagnosticIds.Describe(id, model.IsTestProject) is not { } suppressed)
                {
                    continue;
                }

                var justification = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Justification");
                if (SuppressionJustification.Weakness(justification is null ? null : Constant(context, justification.Expression)) is { } weakness)
                {
                    Report(context, attribute.GetLocation(), AttributeKind, "[SuppressMessage] " + weakness, suppressed);
                }
            }
        }

        private static bool DeclaresTests(SemanticModelAnalysisContext context, SyntaxNode root, TestModel model) =>
            root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                .OfType<TypeDeclarationSyntax>()
                .Any(t => context.SemanticModel.GetDeclaredSymbol(t, context.CancellationToken) is INamedTypeSymbol type && model.IsTestClass(type));

        // 'RH0001' and 'CS0162' parse as identifiers; a bare number is a compiler warning.
        private static string? PragmaId(ExpressionSyntax code) => code switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            LiteralExpressionSyntax { Token.Value: int number } => "CS" + number.ToString("D4", CultureInfo.InvariantCulture),
            _ => null,
        };

        private static string? Constant(SemanticModelAnalysisContext context, ExpressionSyntax expression) =>
            context.SemanticModel.GetConstantValue(expression, context.CancellationToken) is { HasValue: true, Value: string text } ? text : null;

        private static void Report(SemanticModelAnalysisContext context, Location location, string kind, string how, string what) =>
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0501_RuleSuppressedInCode,
                location,
                ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind),
                how,
                what));
    }
}
