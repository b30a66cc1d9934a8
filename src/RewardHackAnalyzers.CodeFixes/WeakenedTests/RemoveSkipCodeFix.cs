using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.WeakenedTests;

namespace RewardHackAnalyzers.CodeFixes.WeakenedTests
{
    /// <summary>
    /// RH0404: runs the test again by removing what switched it off: the attribute (<c>[Ignore("…")]</c>, and its
    /// brackets when it stood alone) or the named argument (<c>[Fact(Skip = "…")]</c> → <c>[Fact]</c>). Not offered
    /// for tests removed by <c>#if</c> or that lost their test attribute: which attribute to restore is a judgement.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveSkipCodeFix)), Shared]
    public sealed class RemoveSkipCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "RH0404.RemoveSkip";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.RH0404_DisabledTest.Id);

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
                if (!diagnostic.Properties.ContainsKey(DisabledTestAnalyzer.RemovableProperty)
                    || Enable(root, Marked(root, diagnostic.Location.SourceSpan)) is not { } enabled)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create("Remove the skip and run the test", _ => Task.FromResult(context.Document.WithSyntaxRoot(enabled)), EquivalenceKey),
                    diagnostic);
            }
        }

        // The attribute or argument the diagnostic covers exactly ([Explicit] covers its name too, which is innermost).
        private static SyntaxNode? Marked(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            for (var node = root.FindNode(span, getInnermostNodeForTie: true); node is not null && node.Span == span; node = node.Parent)
            {
                if (node is AttributeSyntax or AttributeArgumentSyntax)
                {
                    return node;
                }
            }

            return null;
        }

        private static SyntaxNode? Enable(SyntaxNode root, SyntaxNode? node) => node switch
        {
            AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list } argument =>
                root.ReplaceNode(attribute, list.Arguments.Count == 1
                    ? attribute.WithArgumentList(null).WithTriviaFrom(attribute)
                    : attribute.WithArgumentList(list.WithArguments(list.Arguments.Remove(argument)))),
            AttributeSyntax { Parent: AttributeListSyntax { Attributes.Count: 1 } attributeList } =>
                root.RemoveNode(attributeList, SyntaxRemoveOptions.KeepNoTrivia),
            AttributeSyntax attribute => root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia),
            _ => null,
        };
    }
}
