using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// Which C# files of the tree declare tests: a test attribute of xUnit, NUnit, MSTest or TUnit on a method or class,
    /// found in the syntax tree (so an attribute name in a comment or string does not count). One instance per check run
    /// memoises the answer per file.
    /// </summary>
    internal sealed class TestSources
    {
        private static readonly ImmutableHashSet<string> TestAttributes = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "Fact", "Theory", "Test", "TestCase", "TestCaseSource", "TestMethod", "DataTestMethod", "TestClass", "TestFixture");

        private readonly Dictionary<string, bool> declaresTests = new(StringComparer.Ordinal);
        private readonly CancellationToken cancellationToken;

        public TestSources(CancellationToken cancellationToken) => this.cancellationToken = cancellationToken;

        public bool DeclaresTests(string path)
        {
            if (!declaresTests.TryGetValue(path, out var result))
            {
                result = Parse(path);
                declaresTests[path] = result;
            }

            return result;
        }

        /// <summary>The files among <paramref name="paths"/> that declare tests, in order.</summary>
        public IReadOnlyList<string> DeclaringTests(IEnumerable<string> paths) => paths.Where(DeclaresTests).ToList();

        private bool Parse(string path)
        {
            var text = TextFiles.TryRead(path);
            if (text is null)
            {
                return false;
            }

            var root = CSharpSyntaxTree.ParseText(text, cancellationToken: cancellationToken).GetRoot(cancellationToken);
            return root.DescendantNodes().OfType<AttributeSyntax>().Any(a => TestAttributes.Contains(SimpleName(a.Name)));
        }

        private static string SimpleName(NameSyntax name)
        {
            var identifier = name switch
            {
                QualifiedNameSyntax q => q.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
                SimpleNameSyntax s => s.Identifier.ValueText,
                _ => string.Empty,
            };
            return identifier.EndsWith("Attribute", StringComparison.Ordinal) ? identifier[..^"Attribute".Length] : identifier;
        }
    }
}
