using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.FakedSuccess;

namespace RewardHackAnalyzers.CodeFixes.FakedSuccess
{
    /// <summary>
    /// RH0102: removes an unconditional early <c>return;</c>, or turns a return taken when an environment condition holds
    /// into the framework's skip with a reason (<c>Assert.Skip</c> in xUnit v3, <c>Assert.Ignore</c> in NUnit,
    /// <c>Assert.Inconclusive</c> in MSTest), so the run reports "skipped" instead of "passed". Returns on the result
    /// under test, time or randomness have no mechanical fix: the test has to assert instead.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnBeforeAssertionsCodeFix)), Shared]
    public sealed class ReturnBeforeAssertionsCodeFix : CodeFixProvider
    {
        private const string RemoveTitle = "Remove the early return";
        private const string SkipTitle = "Skip the test with a reason instead of passing";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0102_ReturnBeforeAssertions.Id);

        // Each fix rewrites its own return statement, so fixes never overlap.
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
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ReturnStatementSyntax statement)
                {
                    continue;
                }

                if (diagnostic.Properties.ContainsKey(ReturnBeforeAssertionsAnalyzer.UnconditionalProperty)
                    && statement is { Expression: null, Parent: BlockSyntax })
                {
                    Register(context, diagnostic, RemoveTitle, root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia));
                }
                else if (diagnostic.Properties.TryGetValue(ReturnBeforeAssertionsAnalyzer.SkipCallProperty, out var skip) && skip is not null
                    && Reason(statement) is { } reason)
                {
                    Register(context, diagnostic, SkipTitle, root.ReplaceNode(statement, SkipStatement(skip, reason).WithTriviaFrom(statement)));
                }
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, string title, SyntaxNode? fixedRoot)
        {
            if (fixedRoot is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), title),
                    diagnostic);
            }
        }

        // "Skipped when <condition>", for a return in the then-branch of its if; an else-branch return gets no fix.
        private static string? Reason(ReturnStatementSyntax statement)
        {
            var branch = statement.Parent is BlockSyntax block ? (SyntaxNode)block : statement;
            return branch.Parent is IfStatementSyntax conditional && conditional.Statement == branch
                ? "Skipped when " + conditional.Condition.WithoutTrivia().ToString()
                : null;
        }

        private static ExpressionStatementSyntax SkipStatement(string skipMethod, string reason)
        {
            var call = (InvocationExpressionSyntax)SyntaxFactory.ParseExpression(skipMethod + "()");
            return SyntaxFactory.ExpressionStatement(
                call.WithExpression(call.Expression.WithAdditionalAnnotations(Simplifier.Annotation))
                    .AddArgumentListArguments(SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(reason)))));
        }
    }
}
