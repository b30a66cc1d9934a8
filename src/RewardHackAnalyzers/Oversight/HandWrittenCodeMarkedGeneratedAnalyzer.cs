using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Oversight
{
    /// <summary>
    /// RH0502: a file marked as generated (see <see cref="GeneratedMarkers"/>) that declares a test class or an equality
    /// member that always succeeds. Tools and reviewers skip generated code; generators do not write tests or rigged
    /// equality, so the marker hides hand-written code. Real generated files (designers, migrations, source-generator
    /// output) declare neither and stay silent. Our own analyzers still analyse the file; the marker buys nothing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HandWrittenCodeMarkedGeneratedAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0502_HandWrittenCodeMarkedGenerated);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            var equalityTypes = EqualityTypes.For(context.Compilation);
            var bodies = MethodBodies.For(context.Compilation);
            context.RegisterSemanticModelAction(semantic =>
            {
                var tree = semantic.SemanticModel.SyntaxTree;
                var root = tree.GetRoot(semantic.CancellationToken);
                if (GeneratedMarkers.Find(tree, root) is not { } marker)
                {
                    return;
                }

                foreach (var declaration in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                    .OfType<TypeDeclarationSyntax>())
                {
                    if (semantic.SemanticModel.GetDeclaredSymbol(declaration, semantic.CancellationToken) is not INamedTypeSymbol type)
                    {
                        continue;
                    }

                    var evidence = model.IsTestClass(type)
                        ? ("test class '" + type.Name + "'", declaration.Identifier.GetLocation())
                        : RiggedEquality(type, equalityTypes, bodies, semantic.CancellationToken);
                    if (evidence is { } found)
                    {
                        semantic.ReportDiagnostic(Diagnostic.Create(
                            Rules.RH0502_HandWrittenCodeMarkedGenerated,
                            marker.Location ?? found.Item2,
                            Path.GetFileName(tree.FilePath),
                            marker.Marker,
                            found.Item1));
                        return;
                    }
                }
            });
        }

        // Reuses RiggedEquality's recognition: an equality member whose every path returns its success value, for a compared
        // type with state (all instances of a stateless type are rightly equal).
        private static (string, Location)? RiggedEquality(INamedTypeSymbol type, EqualityTypes types, MethodBodies bodies, CancellationToken cancellationToken)
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                var member = EqualityMembers.Classify(method, types);
                if (member.Contract != EqualityContract.None
                    && !method.IsImplicitlyDeclared
                    && member.ComparedType is INamedTypeSymbol compared
                    && !InstanceState.Of(compared).IsEmpty
                    && bodies.Body(method, cancellationToken) is { } body
                    && ConstantResult.AlwaysReturns(body, member.SuccessValue))
                {
                    return ("'" + type.Name + "." + method.Name + "' that always succeeds", method.Locations[0]);
                }
            }

            return null;
        }
    }
}
