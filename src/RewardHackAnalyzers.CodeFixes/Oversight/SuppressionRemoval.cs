using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using RewardHackAnalyzers.Oversight;

namespace RewardHackAnalyzers.CodeFixes.Oversight
{
    /// <summary>
    /// The text edits that remove reported suppressions. Edits are planned per directive and per attribute list, so
    /// several findings in one directive or list (fix-all) become one non-overlapping edit.
    /// </summary>
    internal static class SuppressionRemoval
    {
        public static ImmutableArray<TextChange> Plan(SyntaxNode root, SourceText text, ImmutableArray<Diagnostic> diagnostics)
        {
            // Directive → ids to drop from it (empty set: drop the whole bare directive).
            var directives = new Dictionary<PragmaWarningDirectiveTriviaSyntax, HashSet<string>>();
            var attributes = new Dictionary<AttributeListSyntax, HashSet<AttributeSyntax>>();
            foreach (var diagnostic in diagnostics)
            {
                diagnostic.Properties.TryGetValue(RuleSuppressedInCodeAnalyzer.KindProperty, out var kind);
                var span = diagnostic.Location.SourceSpan;
                if (kind == RuleSuppressedInCodeAnalyzer.PragmaKind)
                {
                    PlanPragma(root, span, directives);
                }
                else if (kind == RuleSuppressedInCodeAnalyzer.AttributeKind
                    && root.FindNode(span) is { } node
                    && node.FirstAncestorOrSelf<AttributeSyntax>() is { Parent: AttributeListSyntax list } attribute)
                {
                    Add(attributes, list, attribute);
                }
            }

            var changes = ImmutableArray.CreateBuilder<TextChange>();
            foreach (var pair in directives)
            {
                changes.Add(Edit(text, pair.Key, pair.Value));
            }

            foreach (var pair in attributes)
            {
                changes.Add(Edit(text, pair.Key, pair.Value));
            }

            return changes.ToImmutable();
        }

        private static void PlanPragma(SyntaxNode root, TextSpan span, Dictionary<PragmaWarningDirectiveTriviaSyntax, HashSet<string>> directives)
        {
            if (root.FindToken(span.Start, findInsideTrivia: true).Parent?.FirstAncestorOrSelf<PragmaWarningDirectiveTriviaSyntax>() is not { } disable)
            {
                return;
            }

            if (disable.ErrorCodes.Count == 0)
            {
                directives[disable] = new HashSet<string>();
                if (NextRestore(disable, r => r.ErrorCodes.Count == 0) is { } bareRestore)
                {
                    directives[bareRestore] = new HashSet<string>();
                }

                return;
            }

            if (disable.ErrorCodes.FirstOrDefault(c => c.Span == span) is not { } code)
            {
                return;
            }

            var id = code.ToString();
            Add(directives, disable, id);
            if (NextRestore(disable, r => r.ErrorCodes.Any(c => c.ToString() == id)) is { } restore)
            {
                Add(directives, restore, id);
            }
        }

        private static PragmaWarningDirectiveTriviaSyntax? NextRestore(PragmaWarningDirectiveTriviaSyntax disable, System.Func<PragmaWarningDirectiveTriviaSyntax, bool> matches)
        {
            for (var directive = disable.GetNextDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                if (directive is PragmaWarningDirectiveTriviaSyntax pragma && pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.RestoreKeyword) && matches(pragma))
                {
                    return pragma;
                }
            }

            return null;
        }

        private static TextChange Edit(SourceText text, PragmaWarningDirectiveTriviaSyntax pragma, HashSet<string> ids)
        {
            var remaining = pragma.ErrorCodes.Where(c => !ids.Contains(c.ToString())).Select(c => c.ToString()).ToList();
            if (ids.Count == 0 || remaining.Count == 0)
            {
                return new TextChange(text.Lines.GetLineFromPosition(pragma.SpanStart).SpanIncludingLineBreak, string.Empty);
            }

            var codes = TextSpan.FromBounds(pragma.ErrorCodes.First().SpanStart, pragma.ErrorCodes.Last().Span.End);
            return new TextChange(codes, string.Join(", ", remaining));
        }

        private static TextChange Edit(SourceText text, AttributeListSyntax list, HashSet<AttributeSyntax> removed)
        {
            var remaining = list.Attributes.Where(a => !removed.Contains(a)).Select(a => a.ToString()).ToList();
            if (remaining.Count > 0)
            {
                var attributes = TextSpan.FromBounds(list.Attributes.First().SpanStart, list.Attributes.Last().Span.End);
                return new TextChange(attributes, string.Join(", ", remaining));
            }

            // A list alone on its line goes with its line; otherwise only the list itself.
            var line = text.Lines.GetLineFromPosition(list.SpanStart);
            return text.ToString(line.Span).Trim() == list.ToString()
                ? new TextChange(line.SpanIncludingLineBreak, string.Empty)
                : new TextChange(list.FullSpan, string.Empty);
        }

        private static void Add<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> map, TKey key, TValue value)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var set))
            {
                set = new HashSet<TValue>();
                map[key] = set;
            }

            set.Add(value);
        }
    }
}
