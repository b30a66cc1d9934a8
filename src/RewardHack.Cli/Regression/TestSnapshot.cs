using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Loading;
using RewardHackAnalyzers.Testing;

namespace RewardHack.Cli.Regression
{
    /// <summary>
    /// The tests of one version of the tree, loaded with the scanner's XML-only loader (nothing runs): every test method of
    /// the test projects fingerprinted, the other methods of the test projects on request (a test whose attribute was
    /// removed), and the types each production file declares (the code under test).
    /// </summary>
    internal sealed class TestSnapshot
    {
        private readonly Dictionary<string, (TestModel Model, IMethodSymbol Method)> otherMethods;
        private readonly string root;

        private TestSnapshot(
            string root,
            ImmutableArray<SnapshotTest> tests,
            Dictionary<string, (TestModel, IMethodSymbol)> otherMethods,
            ImmutableDictionary<string, ImmutableArray<string>> productionTypes)
        {
            this.root = root;
            Tests = tests;
            this.otherMethods = otherMethods;
            ProductionTypes = productionTypes;
        }

        public ImmutableArray<SnapshotTest> Tests { get; }

        /// <summary>Each C# file of a production (non-test) project, relative to the root, with the types it declares.</summary>
        public ImmutableDictionary<string, ImmutableArray<string>> ProductionTypes { get; }

        public static TestSnapshot? Load(string root, CancellationToken cancellationToken, out string? error)
        {
            var notices = new NoticeLog(root);
            if (ScanInputResolver.Resolve(root, notices, out error) is not { } input)
            {
                return null;
            }

            var tests = new List<SnapshotTest>();
            var others = new Dictionary<string, (TestModel, IMethodSymbol)>(StringComparer.Ordinal);
            var production = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
            foreach (var project in XmlProjectLoader.Load(input, notices, cancellationToken).Where(p => p.IsScanned))
            {
                if (!project.IsTestProject)
                {
                    foreach (var tree in project.Compilation.SyntaxTrees)
                    {
                        production[Relative(root, tree.FilePath)] = DeclaredTypes(project.Compilation, tree, cancellationToken);
                    }

                    continue;
                }

                var model = TestModel.For(project.Compilation, project.AnalyzerOptions);
                foreach (var method in TestFingerprints.SourceMethods(project.Compilation, cancellationToken))
                {
                    if (model.IsTestMethod(method))
                    {
                        tests.Add(Describe(root, model, method, cancellationToken));
                    }
                    else
                    {
                        others.TryAdd(TestFingerprints.IdOf(method), (model, method));
                    }
                }
            }

            var ordered = tests.OrderBy(t => t.Id, StringComparer.Ordinal).ThenBy(t => t.Path, StringComparer.Ordinal).ThenBy(t => t.Span.StartLine);
            return new TestSnapshot(root, [.. ordered], others, production.ToImmutable());
        }

        /// <summary>The method of a test project with this id that is not a test (any more), fingerprinted; null when there is none.</summary>
        public SnapshotTest? NonTestMethod(string id, CancellationToken cancellationToken) =>
            otherMethods.TryGetValue(id, out var found) ? Describe(root, found.Model, found.Method, cancellationToken) : null;

        private static SnapshotTest Describe(string root, TestModel model, IMethodSymbol method, CancellationToken cancellationToken)
        {
            var location = method.Locations.FirstOrDefault(l => l.IsInSource);
            var span = location?.GetLineSpan() is { } lines
                ? new SourceSpan(lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1, lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1)
                : SourceSpan.None;
            return new SnapshotTest(TestFingerprints.Of(model, method, cancellationToken), Relative(root, location?.SourceTree?.FilePath ?? string.Empty), span);
        }

        private static ImmutableArray<string> DeclaredTypes(Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            return [.. tree.GetRoot(cancellationToken).DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                .Select(d => semanticModel.GetDeclaredSymbol(d, cancellationToken)?.ToDisplayString(TestFingerprints.TypeFormat))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)];
        }

        private static string Relative(string root, string path) =>
            path.Length == 0 ? path : Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
    }
}
