using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Equality;

namespace RewardHackAnalyzers.CodeFixes.Equality
{
    /// <summary>
    /// Writes the member-wise Equals and the matching GetHashCode of a <see cref="StateEqualityPlan"/>. Names are written
    /// fully qualified (`global::System.HashCode`) and left to the simplifier, which also adds the using directives.
    /// </summary>
    internal sealed class StateEqualitySyntax
    {
        private const int CombineArity = 8;
        private const int TermsPerLine = 3;
        private const string HashLocal = "hash";

        private readonly StateEqualityPlan plan;
        private readonly string endOfLine;

        public StateEqualitySyntax(StateEqualityPlan plan, string endOfLine)
        {
            this.plan = plan;
            this.endOfLine = endOfLine;
        }

        /// <summary>
        /// The value an Equals with <paramref name="parameter"/> returns; chains of more than three terms are broken
        /// before each `&amp;&amp;`, indented by <paramref name="continuationIndent"/>.
        /// </summary>
        public ExpressionSyntax EqualsValue(EqualityContract contract, IParameterSymbol parameter, string continuationIndent)
        {
            var terms = new List<string>();
            var argument = Escape(parameter.Name);
            string other;
            if (contract == EqualityContract.ObjectEquals)
            {
                other = FreeName(parameter.Name, "other", "that");
                terms.Add($"{argument} is {plan.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)} {other}");
                if (plan.CallsBase)
                {
                    terms.Add($"base.Equals({argument})");
                }
            }
            else
            {
                other = argument;
                // Also before a base record's Equals, which checks null itself: it tells the nullable analysis nothing.
                if (plan.Type.IsReferenceType)
                {
                    terms.Add($"{argument} is not null");
                }

                if (plan.CallsBase)
                {
                    terms.Add($"base.Equals({argument})");
                }

                if (plan.ComparesEqualityContract)
                {
                    terms.Add($"EqualityContract == {argument}.EqualityContract");
                }
            }

            var reserved = new HashSet<string> { parameter.Name, other };
            terms.AddRange(plan.Members.Select(m => MemberEquals(m, Self(m, reserved), $"{other}.{Escape(m.Name)}")));
            if (terms.Count == 0)
            {
                terms.Add("true");
            }

            var separator = terms.Count > TermsPerLine ? endOfLine + continuationIndent + "&& " : " && ";
            return Simplified(string.Join(separator, terms));
        }

        /// <summary>The value GetHashCode returns when System.HashCode exists: HashCode.Combine, nested past eight values.</summary>
        public ExpressionSyntax CombinedHashCode()
        {
            var values = new List<string>();
            if (plan.CallsBase)
            {
                values.Add("base.GetHashCode()");
            }

            var reserved = new HashSet<string>();
            values.AddRange(plan.Members.Select(m => Self(m, reserved)));
            return Simplified(Combine(values));
        }

        /// <summary>A GetHashCode override without System.HashCode: the classic multiply-and-add, unchecked.</summary>
        public MethodDeclarationSyntax HandRolledHashCode(SyntaxTokenList modifiers)
        {
            var reserved = new HashSet<string> { HashLocal };
            var lines = new List<string> { "var hash = 17;" };
            if (plan.CallsBase)
            {
                lines.Add("hash = (hash * 31) + base.GetHashCode();");
            }

            foreach (var member in plan.Members)
            {
                var self = Self(member, reserved);
                var hash = StateEqualityPlan.TypeOf(member) is { IsValueType: true }
                    ? $"{self}.GetHashCode()"
                    : $"({self} is null ? 0 : {self}.GetHashCode())";
                lines.Add($"hash = (hash * 31) + {hash};");
            }

            lines.Add("return hash;");
            var text = $"{string.Join(" ", modifiers.Select(m => m.Text))} int GetHashCode(){endOfLine}{{{endOfLine}unchecked{endOfLine}{{{endOfLine}"
                + string.Concat(lines.Select(l => l + endOfLine)) + $"}}{endOfLine}}}{endOfLine}";
            return (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text)!;
        }

        private static string Combine(List<string> values)
        {
            if (values.Count <= CombineArity)
            {
                return $"global::System.HashCode.Combine({string.Join(", ", values)})";
            }

            var chunks = new List<string>();
            for (var start = 0; start < values.Count; start += CombineArity)
            {
                chunks.Add(Combine(values.Skip(start).Take(CombineArity).ToList()));
            }

            return Combine(chunks);
        }

        private static string MemberEquals(ISymbol member, string self, string other)
        {
            var type = StateEqualityPlan.TypeOf(member);
            return HasBuiltInEquality(type)
                ? $"{self} == {other}"
                : $"global::System.Collections.Generic.EqualityComparer<{type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)}>.Default.Equals({self}, {other})";
        }

        // `==` on these is value equality defined by the language, never a user operator that could itself be rigged.
        private static bool HasBuiltInEquality(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type.TypeKind == TypeKind.Enum || type.SpecialType is
                SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_String or
                SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
                SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
                SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
        }

        // A member whose name a parameter, pattern variable or local shadows is reached through `this`.
        private static string Self(ISymbol member, HashSet<string> reserved) =>
            reserved.Contains(member.Name) ? "this." + Escape(member.Name) : Escape(member.Name);

        private string FreeName(string parameter, params string[] candidates) =>
            candidates.Concat(Enumerable.Range(1, int.MaxValue).Select(i => "other" + i))
                .First(n => n != parameter && !plan.Type.MemberNames.Contains(n) && plan.Members.All(m => m.Name != n));

        private static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;

        private static ExpressionSyntax Simplified(string text) =>
            SyntaxFactory.ParseExpression(text).WithAdditionalAnnotations(
                Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation,
                Microsoft.CodeAnalysis.Simplification.Simplifier.AddImportsAnnotation);
    }
}
