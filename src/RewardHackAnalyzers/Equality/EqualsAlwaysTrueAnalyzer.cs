using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// RH0001: an Equals override, IEquatable&lt;T&gt;.Equals or record Equals that returns true on every path, or never
    /// reads its argument yet can return true, on a type with instance state. A stateless type (Unit, a marker) where
    /// all instances are equal is legitimate and stays silent.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EqualsAlwaysTrueAnalyzer : RewardHackAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0001_EqualsAlwaysTrue);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var types = EqualityTypes.For(context.Compilation);
            var bodies = MethodBodies.For(context.Compilation);
            context.RegisterOperationBlockAction(block =>
            {
                if (EqualityBlock.From(block, types) is not { } equals
                    || equals.Member.Contract is not (EqualityContract.ObjectEquals or EqualityContract.TypedEquals))
                {
                    return;
                }

                var evidence = Evidence(equals);
                var type = equals.Method.ContainingType;
                var state = InstanceState.Of(type);
                if (evidence is null || state.IsEmpty)
                {
                    return;
                }

                block.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0001_EqualsAlwaysTrue,
                    equals.Method.Locations[0],
                    ConstantHashCode(type, bodies, block.CancellationToken),
                    EqualityBlock.Name(type),
                    evidence,
                    InstanceState.Describe(state)));
            });
        }

        private static string? Evidence(EqualityBlock equals)
        {
            if (ConstantResult.AlwaysReturns(equals.Body, true))
            {
                return "always returns true";
            }

            return !ConstantResult.ReadsParameter(equals.Body, equals.Method.Parameters[0]) && ConstantResult.MayReturn(equals.Body, true)
                ? "never reads its argument"
                : null;
        }

        // A constant GetHashCode is legal on its own; beside a rigged Equals it completes the picture.
        private static Location[] ConstantHashCode(INamedTypeSymbol type, MethodBodies bodies, System.Threading.CancellationToken cancellationToken)
        {
            var hashCode = type.GetMembers(nameof(GetHashCode)).OfType<IMethodSymbol>()
                .FirstOrDefault(m => m.IsOverride && m.Parameters.IsEmpty);
            return hashCode is not null
                && bodies.Body(hashCode, cancellationToken) is { } body
                && ConstantResult.ReturnsConstant(body, out _)
                ? new[] { hashCode.Locations[0] }
                : System.Array.Empty<Location>();
        }
    }
}
