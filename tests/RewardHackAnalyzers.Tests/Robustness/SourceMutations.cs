using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Deterministic ways of breaking a C# file the way an editor mid-keystroke, a bad merge or a hostile agent would:
    /// analyzers see such code on every keystroke and must never throw on it.
    /// </summary>
    internal static class SourceMutations
    {
        /// <summary>Named mutants of <paramref name="source"/>.</summary>
        public static IEnumerable<(string Name, string Source)> Of(string source)
        {
            for (var sixth = 1; sixth <= 5; sixth++)
            {
                yield return ($"truncated at {sixth}/6", source.Substring(0, source.Length * sixth / 6));
            }

            yield return ("closing braces deleted", source.Replace("}", string.Empty));
            yield return ("semicolons deleted", source.Replace(";", string.Empty));
            yield return ("parentheses unbalanced", source.Replace(")", string.Empty));
            yield return ("every 7th token deleted", WithoutEveryNthToken(source, 7));
            yield return ("every 3rd token deleted", WithoutEveryNthToken(source, 3));
            yield return ("opening brace added", source.Insert(source.Length / 2, "{"));
            yield return ("file duplicated", source + "\n" + source);
            yield return ("members duplicated", WithMembersDuplicated(source));
            yield return ("garbage in the middle", source.Insert(source.Length / 2, " @#$ => ?? [[ "));
        }

        /// <summary>Every type declares each of its members twice (a bad merge): duplicate overloads, fields and tests.</summary>
        public static string WithMembersDuplicated(string source)
        {
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            return root.ReplaceNodes(
                root.DescendantNodes().OfType<TypeDeclarationSyntax>(),
                (_, rewritten) => rewritten.AddMembers([.. rewritten.Members])).ToFullString();
        }

        private static string WithoutEveryNthToken(string source, int n)
        {
            var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens(descendIntoTrivia: false).ToList();
            var text = new StringBuilder(source.Length);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (i % n != n - 1)
                {
                    text.Append(tokens[i].ToFullString());
                }
            }

            return text.ToString();
        }
    }
}
