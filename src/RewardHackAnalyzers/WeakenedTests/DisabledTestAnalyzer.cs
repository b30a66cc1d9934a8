using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// RH0404: a test that no longer runs: switched off by an attribute (<see cref="DisabledTests"/>), removed by an
    /// <c>#if</c> that is never true (<see cref="PreprocessedOutTests"/>), or a test-shaped method that lost its test
    /// attribute (<see cref="LostTestAttribute"/>). A skip whose reason cites a tracking reference is reported as Info:
    /// it is visible and owned; any other as the descriptor's Warning.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DisabledTestAnalyzer : TestProjectAnalyzer
    {
        /// <summary>Set on diagnostics whose location is an attribute or attribute argument the fix removes.</summary>
        public const string RemovableProperty = "RemoveToEnable";

        private const string NoReason = "no reason given";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0404_DisabledTest);

        protected override void OnTestProjectStart(CompilationStartAnalysisContext context, TestModel model)
        {
            context.RegisterSymbolAction(c => AnalyzeMethod(c, model), SymbolKind.Method);
            context.RegisterSymbolAction(c => AnalyzeType(c, model), SymbolKind.NamedType);
            var projectSymbols = PreprocessedOutTests.ProjectSymbols(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            context.RegisterSyntaxTreeAction(c => AnalyzeTree(c, projectSymbols));
        }

        private static void AnalyzeMethod(SymbolAnalysisContext context, TestModel model)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (model.IsTestMethod(method))
            {
                ReportAttributes(context, method, model);
            }
            else if (LostTestAttribute.Applies(method, model, context.CancellationToken)
                && method.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is MethodDeclarationSyntax declaration)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0404_DisabledTest, declaration.Identifier.GetLocation(), method.Name, "a missing test attribute", NoReason));
            }
        }

        private static void AnalyzeType(SymbolAnalysisContext context, TestModel model)
        {
            if (context.Symbol is INamedTypeSymbol { TypeKind: TypeKind.Class } type && model.IsTestClass(type))
            {
                ReportAttributes(context, type, model);
            }
        }

        private static void ReportAttributes(SymbolAnalysisContext context, ISymbol symbol, TestModel model)
        {
            foreach (var disabled in DisabledTests.Find(symbol, model.Types, context.CancellationToken))
            {
                var tracking = TrackingReferences.Find(disabled.Reason);
                var why = tracking is not null ? "tracked by '" + tracking + "'"
                    : string.IsNullOrWhiteSpace(disabled.Reason) ? NoReason
                    : "the reason '" + disabled.Reason + "' cites no tracking reference";
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0404_DisabledTest,
                    disabled.ToRemove.GetLocation(),
                    tracking is null ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
                    additionalLocations: null,
                    ImmutableDictionary<string, string?>.Empty.Add(RemovableProperty, "true"),
                    symbol.Name,
                    disabled.Display,
                    why));
            }
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, ImmutableHashSet<string> projectSymbols)
        {
            foreach (var test in PreprocessedOutTests.In(context.Tree, projectSymbols, context.CancellationToken))
            {
                var directive = test.Directive;
                var keyword = directive is ElifDirectiveTriviaSyntax ? "#elif " : "#if ";
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0404_DisabledTest,
                    directive.GetLocation(),
                    test.Name,
                    "'" + keyword + PreprocessedOutTests.Condition(directive) + "'",
                    NoReason));
            }
        }
    }
}
