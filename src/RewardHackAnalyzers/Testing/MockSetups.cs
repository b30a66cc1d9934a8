using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Equality;
using static RewardHackAnalyzers.Equality.AssertionOperations;
using static RewardHackAnalyzers.Testing.KnownSymbols;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Recognises, by symbol, the calls that make a mock return a value — Moq <c>mock.Setup(x =&gt; x.M()).Returns(v)</c>
    /// (also <c>SetupGet</c>, <c>SetupSequence</c>, <c>ReturnsAsync</c>), NSubstitute
    /// <c>sub.M().Returns(v)</c> and <c>ReturnsForAnyArgs</c>, FakeItEasy <c>A.CallTo(() =&gt; fake.M()).Returns(v)</c>
    /// (and <c>ReturnsLazily</c>, <c>ReturnsNextFromSequence</c>) — and which mock a member is read from.
    /// </summary>
    public sealed class MockSetups
    {
        private const int MaxChain = 16;

        private readonly KnownTestTypes types;

        internal MockSetups(KnownTestTypes types) => this.types = types;

        /// <summary>The setup <paramref name="call"/> makes when it configures a returned value; null for anything else.</summary>
        public MockSetup? ValueSetupOf(IInvocationOperation call)
        {
            var method = call.TargetMethod;
            var assembly = method.ContainingAssembly;
            if (assembly is null)
            {
                return null;
            }

            if (Is(assembly, types.MoqAssembly))
            {
                // Not SetupProperty: it makes the property remember what code writes to it, so reading it back may check real code.
                return IsReturns(method.Name) ? MoqSetup(SetupCallBelow(call, types.MoqAssembly)) : null;
            }

            if (Is(assembly, types.NSubstituteAssembly))
            {
                return method.Name is "Returns" or "ReturnsForAnyArgs" && UnconvertedReceiver(call) is { } configured ? Setup(configured) : null;
            }

            if (Is(assembly, types.FakeItEasyAssembly) && IsReturns(method.Name)
                && SetupCallBelow(call, types.FakeItEasyAssembly) is { } callTo && Is(callTo.TargetMethod.ContainingType, types.FakeItEasyA)
                && callTo.TargetMethod.Name == "CallTo" && callTo.Arguments.Length == 1)
            {
                return Setup(LambdaBody(callTo.Arguments[0].Value));
            }

            return null;
        }

        /// <summary>
        /// The mock a member is read from: the <c>Mock&lt;T&gt;</c> behind <c>mock.Object</c>, otherwise the local, field,
        /// parameter or property itself; null for any other expression.
        /// </summary>
        public ISymbol? MockOf(IOperation instance)
        {
            instance = Unconverted(instance);
            if (instance is IPropertyReferenceOperation { Property.Name: "Object", Instance: { } mock } property
                && Is(property.Property.ContainingType?.OriginalDefinition, types.MoqMockOfT))
            {
                instance = Unconverted(mock);
            }

            return instance switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation field when field.Instance is null or IInstanceReferenceOperation => field.Field,
                IPropertyReferenceOperation held when held.Instance is null or IInstanceReferenceOperation => held.Property,
                _ => null,
            };
        }

        /// <summary>The member <paramref name="read"/> reads (an invocation or property read on some instance), as declared; null otherwise.</summary>
        public static ISymbol? MemberOf(IOperation read, out IOperation? instance)
        {
            switch (Unconverted(read))
            {
                case IInvocationOperation { Instance: { } target } invocation:
                    instance = target;
                    return invocation.TargetMethod.OriginalDefinition;
                case IPropertyReferenceOperation { Instance: { } target } property:
                    instance = target;
                    return property.Property.OriginalDefinition;
                default:
                    instance = null;
                    return null;
            }
        }

        private static bool IsReturns(string name) => name.StartsWith("Returns", System.StringComparison.Ordinal);

        // Moq: Setup(x => x.M()) / SetupGet / SetupSequence on a Mock<T>, the lambda naming the member.
        private MockSetup? MoqSetup(IInvocationOperation? setup)
        {
            if (setup is null || !setup.TargetMethod.Name.StartsWith("Setup", System.StringComparison.Ordinal)
                || setup.Instance is not { } mock || setup.Arguments.Length == 0
                || !Is(setup.TargetMethod.ContainingType?.OriginalDefinition, types.MoqMockOfT))
            {
                return null;
            }

            return MemberOf(LambdaBody(setup.Arguments[0].Value) ?? setup.Arguments[0].Value, out _) is { } member && MockOf(mock) is { } holder
                ? new MockSetup(holder, member)
                : null;
        }

        private MockSetup? Setup(IOperation? configured) =>
            configured is not null && MemberOf(configured, out var instance) is { } member && instance is not null && MockOf(instance) is { } mock
                ? new MockSetup(mock, member)
                : null;

        // Down the fluent chain (Returns(1).Returns(2), Callback(…).Returns(…)) to the first call outside the library's fluent tail.
        private static IInvocationOperation? SetupCallBelow(IInvocationOperation call, IAssemblySymbol? library)
        {
            var current = call;
            for (var step = 0; step < MaxChain; step++)
            {
                if (UnconvertedReceiver(current) is not IInvocationOperation below || !Is(below.TargetMethod.ContainingAssembly, library))
                {
                    return null;
                }

                if (!IsReturns(below.TargetMethod.Name) && below.TargetMethod.Name is not ("Callback" or "CallBase" or "Verifiable" or "WithReturnType"))
                {
                    return below;
                }

                current = below;
            }

            return null;
        }

        private static IOperation? UnconvertedReceiver(IInvocationOperation call) =>
            AssertionOperations.Receiver(call) is { } receiver ? Unconverted(receiver) : null;

        // x => x.M(…) or () => fake.M(…), as a delegate or an expression tree: the single value its body returns.
        private static IOperation? LambdaBody(IOperation argument)
        {
            var value = Unconverted(argument);
            if (value is IDelegateCreationOperation creation)
            {
                value = Unconverted(creation.Target);
            }

            if (value is not IAnonymousFunctionOperation lambda)
            {
                return null;
            }

            foreach (var statement in lambda.Body.Operations)
            {
                switch (statement)
                {
                    case IReturnOperation { ReturnedValue: { } returned }:
                        return returned;
                    case IExpressionStatementOperation expression:
                        return expression.Operation;
                }
            }

            return null;
        }
    }
}
