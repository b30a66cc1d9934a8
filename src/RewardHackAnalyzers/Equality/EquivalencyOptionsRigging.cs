using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// FluentAssertions / AwesomeAssertions equivalency options that rubber-stamp the whole expectation:
    /// <c>o =&gt; o.Using&lt;T&gt;(_ =&gt; { }).WhenTypeIs&lt;T&gt;()</c> and <c>o =&gt; o.Using&lt;T&gt;(new LooseComparer())</c>
    /// where T covers the expectation's type. Options that exclude every member are not reported: both libraries throw
    /// "No members were found for comparison" (or reject a non-member selector), so that test fails rather than passes.
    /// An empty assertion or rigged comparer for a member type only (<c>Using&lt;DateTime&gt;</c> on an order) is a
    /// deliberate leniency like <c>Excluding(x =&gt; x.Timestamp)</c>, and is left alone too.
    /// </summary>
    internal sealed class EquivalencyOptionsRigging
    {
        private const string EmptyAssertion = "equivalency options that replace comparison with an empty assertion";

        private readonly Compilation compilation;
        private readonly INamedTypeSymbol? fluentOptions;
        private readonly INamedTypeSymbol? awesomeOptions;
        private readonly RiggedArguments arguments;

        public EquivalencyOptionsRigging(Compilation compilation, INamedTypeSymbol? fluentOptions, INamedTypeSymbol? awesomeOptions, RiggedArguments arguments)
        {
            this.compilation = compilation;
            this.fluentOptions = fluentOptions;
            this.awesomeOptions = awesomeOptions;
            this.arguments = arguments;
        }

        /// <summary>The finding for an options argument of a passing equivalency assertion (BeEquivalentTo, ContainEquivalentOf, AllBeEquivalentTo).</summary>
        public RiggedAssertionFinding? Find(IArgumentOperation argument, CancellationToken cancellationToken)
        {
            if (argument.Parameter?.Type is not INamedTypeSymbol { DelegateInvokeMethod.Parameters.Length: 1 } configure
                || configure.DelegateInvokeMethod.Parameters[0].Type is not INamedTypeSymbol { TypeArguments.Length: 1 } options
                || !IsOptionsType(options)
                || AssertionOperations.Unconverted(argument.Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                return null;
            }

            var expectation = options.TypeArguments[0];
            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IInvocationOperation { TargetMethod.Name: "Using", Arguments.Length: 1 } call
                    && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingAssembly, options.ContainingAssembly)
                    && Rigging(call, expectation, cancellationToken) is { } finding)
                {
                    return RiggedAssertionFinding.ByRemovingCalls(argument.Value, finding.Description, finding.Outermost, finding.Calls);
                }
            }

            return null;
        }

        private (string Description, IInvocationOperation Outermost, int Calls)? Rigging(IInvocationOperation call, ITypeSymbol expectation, CancellationToken cancellationToken)
        {
            var value = call.Arguments[0].Value;
            var role = call.Arguments[0].Parameter is { } parameter ? arguments.Roles.RoleOf(parameter.Type) : ArgumentRole.None;
            var memberType = call.TargetMethod.TypeArguments.Length == 1 ? call.TargetMethod.TypeArguments[0] : null;
            if (memberType is null)
            {
                return null;
            }

            if (role == ArgumentRole.Comparer)
            {
                return Covers(expectation, memberType) && arguments.ComparerAlwaysEqual(value, cancellationToken) is { } comparer
                    ? (comparer, call, 1)
                    : null;
            }

            // Using(action) only takes effect through the restriction that follows it: WhenTypeIs<U>() or When(predicate).
            if (role != ArgumentRole.Inspector || call.Parent is not IInvocationOperation restriction || restriction.Instance != call
                || arguments.InspectorDoesNothing(value, cancellationToken) is null)
            {
                return null;
            }

            var covered = restriction.TargetMethod switch
            {
                { Name: "WhenTypeIs", TypeArguments.Length: 1 } whenTypeIs => Covers(expectation, whenTypeIs.TypeArguments[0]),
                { Name: "When" } when restriction.Arguments.Length == 1 =>
                    Covers(expectation, memberType) && arguments.PredicateAlways(restriction.Arguments[0].Value, true, cancellationToken) is not null,
                _ => false,
            };
            return covered ? (EmptyAssertion, restriction, 2) : null;
        }

        /// <summary>True when the expectation itself is a <paramref name="memberType"/>, so the option applies at the root and to every element.</summary>
        private bool Covers(ITypeSymbol expectation, ITypeSymbol memberType)
        {
            var conversion = compilation.ClassifyCommonConversion(expectation, memberType);
            var boxing = expectation.IsValueType && memberType.IsReferenceType && !conversion.IsUserDefined;
            return conversion.IsIdentity || conversion.IsImplicit && (conversion.IsReference || boxing);
        }

        private bool IsOptionsType(INamedTypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, fluentOptions)
            || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, awesomeOptions);
    }
}
