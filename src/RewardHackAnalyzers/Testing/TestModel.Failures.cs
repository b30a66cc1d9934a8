using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        /// <summary>
        /// True when <paramref name="operation"/>, in a test's body, can fail the test without being an assertion: a
        /// <c>throw</c> (a hand-rolled check) that the test does not catch itself (see <see cref="CaughtThrows"/>), a
        /// call of a user method that reaches an assertion or code that does not bind (a verifier whose package was not
        /// restored: it cannot be judged), a self-checking double handed to the code under test (see
        /// <see cref="Tripwires"/>), or a call of a delegate the test receives as a parameter: a data-driven test
        /// (<c>[TestCaseSource]</c>, <c>[MemberData]</c>, <c>[DynamicData]</c>) that runs the cases its source builds
        /// keeps its checks in the data, so it cannot be judged from its body. A late-bound call (a <c>dynamic</c>
        /// argument) of a user helper counts when an overload of that name may fail.
        /// </summary>
        public bool MayFailIndirectly(IOperation operation, CancellationToken cancellationToken) => operation switch
        {
            IThrowOperation thrown => !CaughtThrows.IsCaughtInPlace(thrown),
            IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol owner } }
                when IsTestMethod(owner) => true,
            IObjectCreationOperation creation => tripwires.IsTripwire(creation.Type, cancellationToken),
            IInvocationOperation invocation =>
                assertionHelpers.MayFail(invocation.TargetMethod, countThrows: false, cancellationToken)
                || tripwires.HandsOutTripwire(invocation.TargetMethod, cancellationToken),
            IMethodReferenceOperation reference => assertionHelpers.MayFail(reference.Method, countThrows: false, cancellationToken),
            IDynamicInvocationOperation { Operation: IDynamicMemberReferenceOperation member } => LateBoundHelperMayFail(member, cancellationToken),
            _ => false,
        };

        // `StringAssert.AreEqual(expected, json.ToString())` with a `dynamic` argument binds at run time among the
        // overloads of that name: the call may fail when one of them reaches an assertion.
        private bool LateBoundHelperMayFail(IDynamicMemberReferenceOperation member, CancellationToken cancellationToken)
        {
            if ((member.ContainingType ?? member.Instance?.Type) is not INamedTypeSymbol type)
            {
                return false;
            }

            foreach (var candidate in type.GetMembers(member.MemberName))
            {
                if (candidate is IMethodSymbol method && assertionHelpers.MayFail(method, countThrows: false, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
