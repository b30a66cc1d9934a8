using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Testing;
using static RewardHackAnalyzers.Testing.KnownSymbols;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// The values an assertion checks, as opposed to what it compares them with: the <c>actual</c> or
    /// <c>condition</c> argument of a framework assertion (xUnit, NUnit, MSTest, Shouldly name them so), or the
    /// subject handed to FluentAssertions' <c>Should()</c>. Expected values are never subjects.
    /// </summary>
    internal static class AssertionSubjects
    {
        private const int MaxChain = 16;

        public static IEnumerable<IOperation> Of(IInvocationOperation assertion, KnownTestTypes types)
        {
            foreach (var argument in assertion.Arguments)
            {
                if (argument.Parameter?.Name is "actual" or "condition")
                {
                    yield return argument.Value;
                }
            }

            if (FluentSubject(assertion, types) is { } subject)
            {
                yield return subject;
            }
        }

        // x.Should().Be(…), x.Should().NotBeNull().And.Be(…): down the receiver chain to Should(x).
        private static IOperation? FluentSubject(IInvocationOperation assertion, KnownTestTypes types)
        {
            var current = AssertionOperations.Receiver(assertion);
            for (var step = 0; step < MaxChain && current is not null; step++)
            {
                switch (AssertionOperations.Unconverted(current))
                {
                    case IInvocationOperation { TargetMethod.Name: "Should", Arguments.Length: 1 } should when IsFluent(should.TargetMethod, types):
                        return should.Arguments[0].Value;
                    case IInvocationOperation call:
                        current = AssertionOperations.Receiver(call);
                        break;
                    case IPropertyReferenceOperation property:
                        current = property.Instance;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        private static bool IsFluent(IMethodSymbol method, KnownTestTypes types) =>
            Is(method.ContainingAssembly, types.FluentAssertionsAssembly) || Is(method.ContainingAssembly, types.AwesomeAssertionsAssembly);
    }
}
