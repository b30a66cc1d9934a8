using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// NUnit constraint chains given a rigged argument: <c>Is.EqualTo(e).Using(comparer)</c> (and every other
    /// constraint's <c>Using</c>), <c>Has.All.Matches(predicate)</c>, <c>Has.Some.Matches</c>, <c>Has.None.Matches</c>.
    /// </summary>
    internal sealed class NUnitConstraintRigging
    {
        private readonly IAssemblySymbol nunit;
        private readonly RiggedArguments arguments;

        public NUnitConstraintRigging(IAssemblySymbol nunit, RiggedArguments arguments)
        {
            this.nunit = nunit;
            this.arguments = arguments;
        }

        public bool Owns(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, nunit);

        public RiggedAssertionFinding? Find(IInvocationOperation call, CancellationToken cancellationToken) => call.TargetMethod.Name switch
        {
            "Using" => Using(call, cancellationToken),
            "Matches" => Matches(call, cancellationToken),
            _ => null,
        };

        // NUnit 4 declares some Using overloads as extension methods of the constraint; the receiver is then the first argument.
        private RiggedAssertionFinding? Using(IInvocationOperation call, CancellationToken cancellationToken)
        {
            var receiver = AssertionOperations.Receiver(call);
            var comparer = call.Arguments.Length > 0 ? call.Arguments[call.Arguments.Length - 1] : null;
            if (receiver is null || comparer?.Parameter is not { } parameter
                || arguments.Roles.RoleOf(parameter.Type) != ArgumentRole.Comparer
                || IsNegated(receiver) || FailsWhenEverythingIsEqual(AssertionOperations.Unconverted(receiver).Type))
            {
                return null;
            }

            return arguments.ComparerAlwaysEqual(comparer.Value, cancellationToken) is { } description
                ? RiggedAssertionFinding.ByRemovingCalls(comparer.Value, description, call, callCount: 1)
                : null;
        }

        // Has.All/Has.Some pass when the predicate holds, Has.None when it fails; Has.Exactly(n) still counts, so it is left alone.
        private RiggedAssertionFinding? Matches(IInvocationOperation call, CancellationToken cancellationToken)
        {
            if (call.Arguments.Length != 1 || call.Instance is not IPropertyReferenceOperation quantifier || !Owns(quantifier.Property)
                || call.Arguments[0].Parameter is not { } parameter
                || arguments.Roles.RoleOf(parameter.Type) != ArgumentRole.Predicate
                || quantifier.Instance is { } before && IsNegated(before))
            {
                return null;
            }

            bool? passingResult = quantifier.Property.Name switch
            {
                "All" or "Some" => true,
                "None" => false,
                _ => null,
            };
            var predicate = call.Arguments[0].Value;
            return passingResult is { } result && arguments.PredicateAlways(predicate, result, cancellationToken) is { } description
                ? RiggedAssertionFinding.Unfixable(predicate, description)
                : null;
        }

        /// <summary>True when a negating operator (<c>Not</c>, <c>No</c>, <c>None</c>) precedes the constraint, which turns "always equal" into "always fails".</summary>
        private bool IsNegated(IOperation? operation)
        {
            while (operation is not null)
            {
                operation = AssertionOperations.Unconverted(operation);
                switch (operation)
                {
                    case IPropertyReferenceOperation property when Owns(property.Property):
                        if (property.Property.Name is "Not" or "No" or "None")
                        {
                            return true;
                        }

                        operation = property.Instance;
                        break;
                    case IInvocationOperation invocation when Owns(invocation.TargetMethod):
                        operation = AssertionOperations.Receiver(invocation);
                        break;
                    default:
                        return false;
                }
            }

            return false;
        }

        /// <summary>Constraints that fail, rather than pass, when every pair compares equal: strict ordering and uniqueness.</summary>
        private bool FailsWhenEverythingIsEqual(ITypeSymbol? constraint) =>
            constraint is not null && SymbolEqualityComparer.Default.Equals(constraint.ContainingAssembly, nunit)
            && constraint.Name is "GreaterThanConstraint" or "LessThanConstraint" or "UniqueItemsConstraint";
    }
}
