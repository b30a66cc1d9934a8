using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tampering;

namespace RewardHackAnalyzers.CodeFixes.Tampering
{
    /// <summary>
    /// RH0301: removes a using alias (<c>using Assert = Tests.Lenient;</c>, also <c>global using</c>) that points a
    /// framework assertion name at another type, so the name means the framework again. Declarations and calls are
    /// not fixed: renaming or deleting a type is a decision about the code that uses it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveShadowingAliasCodeFix)), Shared]
    public sealed class RemoveShadowingAliasCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "RH0301.RemoveShadowingAlias";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0301_ShadowedAssertionApi.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(ShadowedAssertionApiAnalyzer.AliasProperty)
                    || root.FindNode(diagnostic.Location.SourceSpan) is not UsingDirectiveSyntax { Alias: { } alias } directive
                    || directive.Span != diagnostic.Location.SourceSpan)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Remove the alias '{alias.Name.Identifier.ValueText}'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, directive))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        // The directive's own line goes; a file header or #if in its leading trivia stays.
        private static SyntaxNode Remove(SyntaxNode root, UsingDirectiveSyntax directive) =>
            root.RemoveNode(directive, SyntaxRemoveOptions.KeepDirectives | SyntaxRemoveOptions.KeepUnbalancedDirectives)!;
    }
}
