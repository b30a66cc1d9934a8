using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// RH0305: code that writes, copies or moves a test result file (<c>*.trx</c>, <c>junit*.xml</c>, anything under
    /// <c>TestResults/</c>) or an approved snapshot (<c>*.verified.*</c>). The path is judged by its constant parts, so
    /// interpolations, concatenations and <c>Path.Combine</c> count. Reading such files is fine.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ForgedTestResultsAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0305_ForgedTestResults);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var writers = FileWriters.Resolve(context.Compilation);
            context.RegisterOperationAction(
                operation =>
                {
                    var (method, arguments) = operation.Operation switch
                    {
                        IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                        IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                        _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                    };
                    if (method is null || writers.WrittenFile(method, arguments) is not { } written)
                    {
                        return;
                    }

                    var shape = PathShape.Of(written.Value, writers.Path);
                    if (ResultFiles.Classify(shape) is { } kind)
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(
                            Rules.RH0305_ForgedTestResults, operation.Operation.Syntax.GetLocation(), Display(method), shape, kind));
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        }

        private static string Display(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
    }
}
