using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        /// <summary>
        /// The outcome <paramref name="operation"/> declares for the running test, or null when it declares none: a
        /// framework outcome call (NUnit <c>Assert.Pass</c>/<c>Ignore</c>/<c>Inconclusive</c>, MSTest
        /// <c>Assert.Inconclusive</c>, xUnit v3 <c>Assert.Skip</c>/<c>SkipWhen</c>/<c>SkipUnless</c>, TUnit
        /// <c>Skip.Test</c>/<c>When</c>/<c>Unless</c>), or a <c>throw</c> of an outcome exception (NUnit
        /// <c>SuccessException</c>/<c>IgnoreException</c>/<c>InconclusiveException</c>, xUnit <c>SkipException</c>,
        /// MSTest <c>AssertInconclusiveException</c>, or a type derived from one). A call that does not resolve is judged
        /// by its candidate methods, never by name. None of these is an assertion (<see cref="IsAssertion(IOperation, CancellationToken)"/>).
        /// </summary>
        public TestOutcome? OutcomeOf(IOperation operation, CancellationToken cancellationToken = default) => operation switch
        {
            IInvocationOperation invocation => outcomeCalls.OutcomeOf(invocation.TargetMethod),
            IThrowOperation thrown => outcomeCalls.OutcomeOfException(ThrownType(thrown)),
            IInvalidOperation { Syntax: InvocationExpressionSyntax syntax } invalid => CandidateOutcome(invalid, syntax, cancellationToken),
            _ => null,
        };

        /// <summary>
        /// The condition of a conditional outcome call: the <c>bool</c> argument of xUnit v3 <c>Assert.SkipWhen</c>/
        /// <c>SkipUnless</c> and TUnit <c>Skip.When</c>/<c>Unless</c>; null for any other operation, including the
        /// unconditional outcome calls. (<c>SkipUnless</c>/<c>Unless</c> skip when the condition is false.)
        /// </summary>
        public IOperation? OutcomeCondition(IOperation operation) =>
            operation is IInvocationOperation invocation ? outcomeCalls.ConditionOf(invocation) : null;

        private TestOutcome? CandidateOutcome(IOperation invalid, InvocationExpressionSyntax syntax, CancellationToken cancellationToken)
        {
            // Every candidate bears the name the call is written with.
            if (InvokedName(syntax) is { } name && !TestOutcomeCalls.IsOutcomeName(name))
            {
                return null;
            }

            foreach (var candidate in Candidates(invalid, syntax, cancellationToken))
            {
                if (candidate is IMethodSymbol method && outcomeCalls.OutcomeOf(method) is { } outcome)
                {
                    return outcome;
                }
            }

            return null;
        }

        private static string? InvokedName(InvocationExpressionSyntax syntax) => syntax.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
    }
}
