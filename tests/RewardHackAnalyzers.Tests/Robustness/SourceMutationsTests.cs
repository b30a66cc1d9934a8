using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Tests.Robustness
{
    /// <summary>The mutations break code the way they say they do, and a sweep failure can be rebuilt from its seed.</summary>
    public class SourceMutationsTests
    {
        private const string Source = "class A { int x; void M() { } class B { int y; } }";

        [Fact]
        public void Members_duplicated_declares_every_member_of_every_type_twice()
        {
            var types = CSharpSyntaxTree.ParseText(SourceMutations.WithMembersDuplicated(Source)).GetRoot()
                .DescendantNodes().OfType<TypeDeclarationSyntax>()
                .Select(t => $"{t.Identifier.Text}: {string.Join(", ", t.Members.Select(m => m.Kind()))}")
                .ToList();

            Assert.Equal(
                [
                    "A: FieldDeclaration, MethodDeclaration, ClassDeclaration, FieldDeclaration, MethodDeclaration, ClassDeclaration",
                    "B: FieldDeclaration, FieldDeclaration",
                    "B: FieldDeclaration, FieldDeclaration",
                ],
                types);
        }

        [Fact]
        public void Every_named_mutant_differs_from_the_source_and_has_a_distinct_name()
        {
            var mutants = SourceMutations.Of(Source).ToList();

            Assert.All(mutants, m => Assert.NotEqual(Source, m.Source));
            Assert.Equal(mutants.Count, mutants.Select(m => m.Name).Distinct().Count());
        }

        [Fact]
        public void A_random_mutant_is_rebuilt_from_its_seed()
        {
            var seeds = Enumerable.Range(0, 50).Select(i => RandomMutations.Seed("Equality/Sample.cs", i)).ToList();

            Assert.Equal(seeds.Select(s => RandomMutations.Of(Source, s)), seeds.Select(s => RandomMutations.Of(Source, s)));
            Assert.Equal(50, seeds.Distinct().Count());
            Assert.True(seeds.Count(s => RandomMutations.Of(Source, s) != Source) >= 45);
        }
    }
}
