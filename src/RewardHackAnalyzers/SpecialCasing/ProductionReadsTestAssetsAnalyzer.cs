using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Tampering;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// RH0203: production code that hands a file, directory or manifest-resource API a path pointing into the tests
    /// (a test folder or project, test data, snapshots) or at an expected-output, approved or golden file. The path is
    /// judged by its constant parts (<see cref="PathShape"/>), so a path the caller chooses is never reported. Test
    /// projects and test classes read their own data freely.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProductionReadsTestAssetsAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0203_ProductionReadsTestAssets);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            if (model.IsTestProject)
            {
                return;
            }

            var readers = AssetReaders.Resolve(context.Compilation);
            context.RegisterOperationAction(
                operation =>
                {
                    var (method, arguments) = operation.Operation switch
                    {
                        IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                        IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                        _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                    };
                    if (method is null
                        || readers.ReadAssets(method, arguments) is not { IsEmpty: false } reads
                        || (operation.ContainingSymbol.ContainingType is { } type && model.IsTestClass(type)))
                    {
                        return;
                    }

                    foreach (var (argument, kind) in reads)
                    {
                        var shape = PathShape.Of(PathValues.Resolved(argument.Value), readers.Path);
                        var match = kind == AssetKind.Resource
                            ? TestAssetPaths.ClassifyResource(shape)
                            : TestAssetPaths.ClassifyPath(shape, lastIsDirectory: kind == AssetKind.Directory);
                        if (match is { } asset)
                        {
                            operation.ReportDiagnostic(Diagnostic.Create(
                                Rules.RH0203_ProductionReadsTestAssets,
                                operation.Operation.Syntax.GetLocation(),
                                AssetReaders.Display(method),
                                shape,
                                asset.Part,
                                asset.Kind));
                            return;
                        }
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        }
    }
}
