using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.FakedSuccess;

namespace RewardHackAnalyzers.CodeFixes.FakedSuccess
{
    /// <summary>
    /// RH0106: awaits the discarded assertion or fire-and-forget task (<c>Assert.ThrowsAsync(…);</c> and
    /// <c>_ = Task.Run(…);</c> become <c>await …;</c>). Offered when the enclosing function is async already, or is a
    /// void method or local function that can become <c>async Task</c> (not an override, an interface implementation
    /// or a partial method, whose signature is not ours to change). Lambdas that are not async are left alone: their
    /// delegate type decides what they may return.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AwaitAssertionCodeFix)), Shared]
    public sealed class AwaitAssertionCodeFix : CodeFixProvider
    {
        private const string Title = "Await the assertion";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0106_AssertionCannotReport.Id);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => ApplyAsync(document, diagnostics, context.CancellationToken)!);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Plan(root, model, diagnostic, context.CancellationToken) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), ct), nameof(AwaitAssertionCodeFix)),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var plans = diagnostics
                .Select(d => Plan(editor.OriginalRoot, editor.SemanticModel, d, cancellationToken))
                .OfType<AwaitPlan>()
                .GroupBy(p => p.Awaited)
                .Select(g => g.First())
                .ToList();
            foreach (var plan in plans)
            {
                editor.ReplaceNode(plan.Replaced, SyntaxFactory.AwaitExpression(plan.Awaited.WithoutTrivia()).WithTriviaFrom(plan.Replaced));
            }

            foreach (var function in plans.Where(p => p.MakeAsync).Select(p => p.Function).Distinct())
            {
                editor.ReplaceNode(function, (current, _) => MakeAsyncTask(current));
            }

            var changed = editor.GetChangedDocument();
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        private static AwaitPlan? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Properties.ContainsKey(AssertionCannotReportAnalyzer.AwaitProperty))
            {
                return null;
            }

            var span = (diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0] : diagnostic.Location).SourceSpan;
            if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax awaited || awaited.Span != span)
            {
                return null;
            }

            // F(); and _ = F(); become await F();
            ExpressionSyntax? replaced = awaited.Parent switch
            {
                ExpressionStatementSyntax or ArrowExpressionClauseSyntax => awaited,
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" }, Parent: ExpressionStatementSyntax } discard
                    when discard.Right == awaited => discard,
                _ => null,
            };
            var function = awaited.Ancestors().FirstOrDefault(n => n is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
            if (replaced is null || function is null)
            {
                return null;
            }

            if (IsAsync(function))
            {
                return new AwaitPlan(awaited, replaced, function, makeAsync: false);
            }

            return CanBecomeAsyncTask(function, model, cancellationToken) ? new AwaitPlan(awaited, replaced, function, makeAsync: true) : null;
        }

        private static bool IsAsync(SyntaxNode function) => function switch
        {
            MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
            _ => false,
        };

        private static bool CanBecomeAsyncTask(SyntaxNode function, SemanticModel model, CancellationToken cancellationToken)
        {
            if (function is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax)
                || model.GetDeclaredSymbol(function, cancellationToken) is not IMethodSymbol { ReturnsVoid: true } method
                || method.IsOverride || method.IsAbstract || method.IsExtern
                || !method.ExplicitInterfaceImplementations.IsEmpty
                || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null)
            {
                return false;
            }

            var type = method.ContainingType;
            return type is null || !type.AllInterfaces.SelectMany(i => i.GetMembers())
                .Any(member => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method));
        }

        private static SyntaxNode MakeAsyncTask(SyntaxNode function)
        {
            var task = SyntaxFactory.ParseTypeName("System.Threading.Tasks.Task")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            return function switch
            {
                MethodDeclarationSyntax method => method
                    .WithModifiers(WithAsync(method.Modifiers, method.ReturnType, out var methodType))
                    .WithReturnType(task.WithTriviaFrom(methodType)),
                LocalFunctionStatementSyntax local => local
                    .WithModifiers(WithAsync(local.Modifiers, local.ReturnType, out var localType))
                    .WithReturnType(task.WithTriviaFrom(localType)),
                _ => function,
            };
        }

        // The async keyword goes last among the modifiers; with none, it takes over the return type's leading trivia.
        private static SyntaxTokenList WithAsync(SyntaxTokenList modifiers, TypeSyntax returnType, out TypeSyntax retyped)
        {
            var asyncToken = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (modifiers.Count == 0)
            {
                retyped = returnType.WithLeadingTrivia();
                return SyntaxFactory.TokenList(asyncToken.WithLeadingTrivia(returnType.GetLeadingTrivia()));
            }

            retyped = returnType;
            return modifiers.Add(asyncToken);
        }

        private sealed class AwaitPlan
        {
            public AwaitPlan(ExpressionSyntax awaited, ExpressionSyntax replaced, SyntaxNode function, bool makeAsync)
            {
                Awaited = awaited;
                Replaced = replaced;
                Function = function;
                MakeAsync = makeAsync;
            }

            public ExpressionSyntax Awaited { get; }
            public ExpressionSyntax Replaced { get; }
            public SyntaxNode Function { get; }
            public bool MakeAsync { get; }
        }
    }
}
