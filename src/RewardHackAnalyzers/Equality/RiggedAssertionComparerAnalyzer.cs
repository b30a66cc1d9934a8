using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// RH0004: an assertion handed a comparer, predicate, element inspector or equivalency option that always succeeds
    /// (<c>Assert.Equal(e, a, new LooseComparer())</c>, <c>Is.EqualTo(e).Using((a, b) =&gt; true)</c>,
    /// <c>Assert.All(items, _ =&gt; { })</c>, <c>Assert.Contains(items, _ =&gt; true)</c>, ...). Reported in any project:
    /// the framework symbol of the assertion is the evidence.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RiggedAssertionComparerAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0004_AssertionGivenRiggedComparer);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            if (RiggedAssertionRecognizer.Create(context.Compilation, context.Options) is not { } recognizer)
            {
                return;
            }

            context.RegisterOperationAction(c => Analyze(c, recognizer), OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, RiggedAssertionRecognizer recognizer)
        {
            var call = (IInvocationOperation)context.Operation;
            if (recognizer.Find(call, context.CancellationToken) is not { } finding || call.SemanticModel is not { } model)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var additionalLocations = ImmutableArray<Location>.Empty;
            if (finding.Fix is { } fix)
            {
                properties = properties.Add(RiggedAssertionFix.KindProperty, fix);
            }

            if (finding.CallToRemove is { } callToRemove)
            {
                properties = properties.Add(RiggedAssertionFix.CallCountProperty, finding.CallCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
                additionalLocations = ImmutableArray.Create(callToRemove.GetLocation());
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0004_AssertionGivenRiggedComparer,
                finding.Rigged.Syntax.GetLocation(),
                additionalLocations,
                properties,
                AssertionDisplay.Of(call.Syntax, model),
                finding.Description));
        }
    }
}
