using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using RewardHackAnalyzers.Equality;

namespace RewardHackAnalyzers.CodeFixes.Equality
{
    /// <summary>
    /// Rewrites rigged Equals methods of a type to compare all its state, and makes GetHashCode consistent: a constant
    /// GetHashCode is replaced, a missing one is added, a GetHashCode that already hashes something is kept (any hash of
    /// state is consistent with an Equals that compares all of it).
    /// </summary>
    internal static class CompareAllState
    {
        private const string IndentUnit = "    ";

        /// <summary>The Equals declaration a diagnostic points at.</summary>
        public static MethodDeclarationSyntax? EqualsAt(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindToken(diagnostic.Location.SourceSpan.Start).Parent as MethodDeclarationSyntax;

        /// <summary>Whether <paramref name="equals"/> can be rewritten: see <see cref="StateEqualityPlan"/>.</summary>
        public static bool CanFix(MethodDeclarationSyntax equals, SemanticModel model, CancellationToken cancellationToken) =>
            Prepare(equals, model, cancellationToken) is not null;

        public static async Task<Document> ApplyAsync(Document document, IEnumerable<MethodDeclarationSyntax> equalsDeclarations, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var endOfLine = editor.OriginalRoot.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString();
            if (endOfLine.Length == 0)
            {
                endOfLine = "\n";
            }

            var byType = equalsDeclarations
                .Select(d => (Declaration: d, Type: Prepare(d, editor.SemanticModel, cancellationToken)))
                .Where(p => p.Type is not null)
                .GroupBy(p => p.Type!.Value.Plan.Type, SymbolEqualityComparer.Default);
            foreach (var group in byType)
            {
                var (plan, hashCode) = group.First().Type!.Value;
                var declarations = group.Select(p => p.Declaration).OrderBy(d => d.SpanStart).ToList();
                Edit(editor, plan, hashCode, declarations, new StateEqualitySyntax(plan, endOfLine), cancellationToken);
            }

            var changed = editor.GetChangedDocument();
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The plan for the type declaring <paramref name="equals"/> and its GetHashCode declaration when that must be
        /// replaced (null when it is missing or already hashes something); null when the fix cannot be offered.
        /// </summary>
        private static (StateEqualityPlan Plan, MethodDeclarationSyntax? HashCodeToReplace)? Prepare(
            MethodDeclarationSyntax equals, SemanticModel model, CancellationToken cancellationToken)
        {
            if (model.GetDeclaredSymbol(equals, cancellationToken) is not { ContainingType: { } type } method
                || EqualityMembers.Classify(method, EqualityTypes.For(model.Compilation)).Contract is not (EqualityContract.ObjectEquals or EqualityContract.TypedEquals)
                || StateEqualityPlan.Create(type, model.Compilation) is not { } plan)
            {
                return null;
            }

            var hashCode = HashCodeOverride(type);
            if (hashCode is null)
            {
                return (plan, null);
            }

            // A GetHashCode in another file (another part of a partial type) cannot be rewritten with this document.
            if (hashCode.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
                || declaration.SyntaxTree != equals.SyntaxTree)
            {
                return null;
            }

            return model.GetOperation(declaration, cancellationToken) is { } body && ConstantResult.ReturnsConstant(body, out _)
                ? (plan, declaration)
                : (plan, null);
        }

        private static void Edit(
            DocumentEditor editor,
            StateEqualityPlan plan,
            MethodDeclarationSyntax? hashCodeToReplace,
            List<MethodDeclarationSyntax> declarations,
            StateEqualitySyntax syntax,
            CancellationToken cancellationToken)
        {
            var types = EqualityTypes.For(editor.SemanticModel.Compilation);
            if (hashCodeToReplace is null && HashCodeOverride(plan.Type) is null)
            {
                // After the type's last Equals, whichever Equals is fixed first, so fixing one by one and fixing all agree.
                // Inserted before any Equals is rewritten, so the editor still finds the node it follows.
                var last = declarations[0].Parent!.ChildNodes().OfType<MethodDeclarationSyntax>().Last(m => m.Identifier.ValueText == nameof(Equals));
                var blankLines = last.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                editor.InsertAfter(last, NewHashCode(plan, syntax).WithLeadingTrivia(blankLines).WithAdditionalAnnotations(Formatter.Annotation));
            }

            foreach (var declaration in declarations)
            {
                var method = editor.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken)!;
                var indent = declaration.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
                var continuation = indent + IndentUnit + (declaration.Body is null ? string.Empty : IndentUnit);
                var value = syntax.EqualsValue(EqualityMembers.Classify(method, types).Contract, method.Parameters[0], continuation);
                editor.ReplaceNode(declaration, MethodBodySyntax.Returning(declaration, value));
            }

            if (hashCodeToReplace is not null)
            {
                var replacement = plan.HasHashCodeType
                    ? MethodBodySyntax.Returning(hashCodeToReplace, syntax.CombinedHashCode())
                    : syntax.HandRolledHashCode(hashCodeToReplace.Modifiers).WithTriviaFrom(hashCodeToReplace).WithAdditionalAnnotations(Formatter.Annotation);
                editor.ReplaceNode(hashCodeToReplace, replacement);
            }
        }

        private static MethodDeclarationSyntax NewHashCode(StateEqualityPlan plan, StateEqualitySyntax syntax)
        {
            var modifiers = SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PublicKeyword), SyntaxFactory.Token(SyntaxKind.OverrideKeyword));
            if (!plan.HasHashCodeType)
            {
                return syntax.HandRolledHashCode(modifiers);
            }

            var declaration = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration("public override int GetHashCode() => 0;")!;
            return MethodBodySyntax.Returning(declaration, syntax.CombinedHashCode());
        }

        private static IMethodSymbol? HashCodeOverride(INamedTypeSymbol type) =>
            type.GetMembers(nameof(GetHashCode)).OfType<IMethodSymbol>().FirstOrDefault(m => m.IsOverride && m.Parameters.IsEmpty);
    }
}
