using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;

namespace RewardHackAnalyzers.CodeFixes.Equality
{
    /// <summary>
    /// RH0004: strengthens the assertion by removing what rigged it: the comparer argument
    /// (<c>Assert.Equal(e, a, c)</c> → <c>Assert.Equal(e, a)</c>), the constraint's <c>.Using(c)</c>
    /// (<c>Is.EqualTo(e).Using(c)</c> → <c>Is.EqualTo(e)</c>), or the equivalency option (and the options lambda when
    /// nothing else is left in it). Offered only when the strengthened call still binds to the same assertion; never for
    /// predicates and inspectors, whose removal would leave no assertion (the analyzer marks those unfixable).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRiggedComparerCodeFix)), Shared]
    public sealed class RemoveRiggedComparerCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "RH0004.RemoveRiggedComparer";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.RH0004_AssertionGivenRiggedComparer.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
                if (Plan(root, diagnostic) is not { } edit || !StillTheSameAssertion(model, edit, context.CancellationToken))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        edit.Title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(edit.Assertion, edit.Strengthened))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static Edit? Plan(SyntaxNode root, Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(RiggedAssertionFix.KindProperty, out var kind);
            return kind switch
            {
                RiggedAssertionFix.RemoveArgument => PlanArgumentRemoval(root, diagnostic.Location),
                RiggedAssertionFix.RemoveCalls when diagnostic.AdditionalLocations.Count == 1
                    && diagnostic.Properties.TryGetValue(RiggedAssertionFix.CallCountProperty, out var count)
                    && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var calls) =>
                    PlanCallRemoval(root, diagnostic.AdditionalLocations[0], calls),
                _ => null,
            };
        }

        // Assert.Equal(e, a, comparer) → Assert.Equal(e, a)
        private static Edit? PlanArgumentRemoval(SyntaxNode root, Location location)
        {
            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            var argument = node.FirstAncestorOrSelf<ArgumentSyntax>();
            if (argument is not { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax assertion } list }
                || argument.Expression.Span != location.SourceSpan)
            {
                return null;
            }

            return new Edit("Remove the rigged comparer", assertion, assertion.WithArgumentList(list.WithArguments(list.Arguments.Remove(argument))));
        }

        // Is.EqualTo(e).Using(c) → Is.EqualTo(e);  o => o.Using<T>(_ => { }).WhenTypeIs<T>() → (no options at all)
        private static Edit? PlanCallRemoval(SyntaxNode root, Location location, int calls)
        {
            if (root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax outermost
                || outermost.Span != location.SourceSpan
                || Receiver(outermost, calls) is not { } receiver
                || Receiver(outermost, calls - 1) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax removed }
                || EnclosingAssertion(outermost) is not { } assertion)
            {
                return null;
            }

            var title = $"Remove the rigged '{removed.Name.Identifier.Text}' call";
            var replacement = receiver.WithTrailingTrivia(outermost.GetTrailingTrivia());

            // An options lambda left as `o => o` configures nothing: drop the argument rather than leave a no-op behind.
            if (outermost.Parent is LambdaExpressionSyntax lambda && lambda.Body == outermost && IsParameterOf(lambda, receiver)
                && lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax list } optionsArgument && list.Parent == assertion)
            {
                return new Edit(title, assertion, assertion.WithArgumentList(list.WithArguments(list.Arguments.Remove(optionsArgument))));
            }

            return new Edit(title, assertion, assertion.ReplaceNode(outermost, replacement));
        }

        /// <summary>The expression <paramref name="calls"/> member calls down the chain from <paramref name="call"/>.</summary>
        private static ExpressionSyntax? Receiver(ExpressionSyntax call, int calls)
        {
            var current = call;
            for (var i = 0; i < calls; i++)
            {
                if (current is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
                {
                    return null;
                }

                current = access.Expression;
            }

            return current;
        }

        /// <summary>The nearest call that takes <paramref name="node"/> inside one of its arguments: the assertion it configures.</summary>
        private static InvocationExpressionSyntax? EnclosingAssertion(SyntaxNode node)
        {
            for (var current = node; current.Parent is { } parent; current = parent)
            {
                if (current is ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation })
                {
                    return invocation;
                }
            }

            return null;
        }

        private static bool IsParameterOf(LambdaExpressionSyntax lambda, ExpressionSyntax expression)
        {
            var name = (expression as IdentifierNameSyntax)?.Identifier.ValueText;
            return lambda switch
            {
                SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText == name,
                ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized =>
                    parenthesized.ParameterList.Parameters[0].Identifier.ValueText == name,
                _ => false,
            };
        }

        /// <summary>The strengthened call must bind to the same assertion method: same name, same declaring type.</summary>
        private static bool StillTheSameAssertion(SemanticModel model, Edit edit, CancellationToken cancellationToken)
        {
            if (model.GetSymbolInfo(edit.Assertion, cancellationToken).Symbol is not IMethodSymbol original)
            {
                return false;
            }

            var strengthened = model.GetSpeculativeSymbolInfo(edit.Assertion.SpanStart, edit.Strengthened, SpeculativeBindingOption.BindAsExpression).Symbol;
            return strengthened is IMethodSymbol method
                && method.Name == original.Name
                && SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, original.ContainingType.OriginalDefinition);
        }

        private sealed class Edit
        {
            public Edit(string title, InvocationExpressionSyntax assertion, InvocationExpressionSyntax strengthened)
            {
                Title = title;
                Assertion = assertion;
                Strengthened = strengthened;
            }

            public string Title { get; }

            public InvocationExpressionSyntax Assertion { get; }

            public InvocationExpressionSyntax Strengthened { get; }
        }
    }
}
