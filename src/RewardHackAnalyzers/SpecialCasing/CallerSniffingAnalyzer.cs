using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// RH0204: production code that compares who called it with a test-like name: a <c>[CallerMemberName]</c> or
    /// <c>[CallerFilePath]</c> value, or the stack trace, a stack frame, the current method or the calling assembly,
    /// against "Test", "Tests", "Spec", "Should", "Fact", a framework's name or a <c>.Tests</c> namespace or file. The
    /// stack compared with a framework's name is runner detection, RH0201's. A caller's member name compared with a
    /// member of its own type is property-change plumbing (<c>OnPropertyChanged</c>), not sniffing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CallerSniffingAnalyzer : ProbedComparisonAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0204_CallerSniffing);

        private protected override DiagnosticDescriptor Rule => Rules.RH0204_CallerSniffing;

        private protected override bool IsCandidate(string name) => TestRunnerNames.TestLikeNameIn(name) is not null;

        private protected override string? Judge(OperationAnalysisContext context, Probe probe, NameComparison comparison)
        {
            var name = comparison.Name;
            return probe.Kind switch
            {
                ProbeKind.Caller when !NamesOwnMember(probe.Caller, comparison) => name,
                ProbeKind.Stack when TestRunnerNames.RunnerNameIn(name) is null => name,
                _ => null,
            };
        }

        // 'nameof(Total)', or a literal naming a member of the type that declares the caller-information parameter.
        private static bool NamesOwnMember(IMethodSymbol? caller, NameComparison comparison) =>
            comparison.NameOperand is INameOfOperation
            || (caller?.ContainingType is { } type && !type.GetMembers(comparison.Name).IsEmpty);
    }
}
