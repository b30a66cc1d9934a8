using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace RewardHackAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Mutants made of a few random edits — the long tail the named <see cref="SourceMutations"/> do not reach. A mutant
    /// is a pure function of the source and a seed, so a failing one is reproduced from the seed the sweep reports.
    /// </summary>
    internal static class RandomMutations
    {
        // Fragments that open or close scopes, end statements early, or are the shapes the rules look for.
        private static readonly string[] Fragments =
        [
            "{", "}", "(", ")", "[", "]", ";", ",", "=>", "?", ":", "\"", "'", "/*", "<", ">", "@", "#if X", "#endif",
            "return;", "return true;", "throw null;", "if (true)", "else", "await", "yield return", "default", "new(",
            "[Fact]", "[Fact(Skip = \"x\")]", "Environment.Exit(0);", "Assert.True(true);", "catch { }", "try {",
            "public override bool Equals(object? o) => true;", "#pragma warning disable", "partial", "static", "=",
        ];

        private static readonly Func<string, Random, string>[] Edits =
            [Truncate, DeleteRange, DeleteToken, InsertFragment, MoveToken, DuplicateLine, DeleteLine, (source, _) => SourceMutations.WithMembersDuplicated(source)];

        /// <summary>One to four random edits of <paramref name="source"/>, chosen by <paramref name="seed"/>.</summary>
        public static string Of(string source, int seed)
        {
            var random = new Random(seed);
            var mutant = source;
            for (var edits = random.Next(1, 5); edits > 0 && mutant.Length > 0; edits--)
            {
                mutant = Edits[random.Next(Edits.Length)](mutant, random);
            }

            return mutant;
        }

        /// <summary>A seed for the <paramref name="index"/>th mutant of a file that is the same in every process (unlike string.GetHashCode).</summary>
        public static int Seed(string name, int index)
        {
            var hash = 2166136261u;
            foreach (var c in name)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return unchecked((int)hash) ^ (index * 7919);
        }

        private static string Truncate(string source, Random random) => source[..random.Next(source.Length)];

        private static string DeleteRange(string source, Random random)
        {
            var start = random.Next(source.Length);
            return source.Remove(start, random.Next(Math.Min(200, source.Length - start) + 1));
        }

        private static string DeleteToken(string source, Random random)
        {
            var token = RandomToken(source, random);
            return token is null ? source : source.Remove(token.Value.Start, token.Value.Length);
        }

        private static string InsertFragment(string source, Random random) =>
            source.Insert(random.Next(source.Length + 1), " " + Fragments[random.Next(Fragments.Length)] + " ");

        private static string MoveToken(string source, Random random)
        {
            var token = RandomToken(source, random);
            return token is null ? source : source.Insert(random.Next(source.Length + 1), string.Concat(" ", source.AsSpan(token.Value.Start, token.Value.Length), " "));
        }

        private static string DuplicateLine(string source, Random random)
        {
            var lines = source.Split('\n').ToList();
            var line = random.Next(lines.Count);
            lines.Insert(random.Next(lines.Count + 1), lines[line]);
            return string.Join('\n', lines);
        }

        private static string DeleteLine(string source, Random random)
        {
            var lines = source.Split('\n').ToList();
            lines.RemoveAt(random.Next(lines.Count));
            return string.Join('\n', lines);
        }

        private static (int Start, int Length)? RandomToken(string source, Random random)
        {
            var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            if (tokens.Count == 0)
            {
                return null;
            }

            var span = tokens[random.Next(tokens.Count)].Span;
            return (span.Start, span.Length);
        }
    }
}
