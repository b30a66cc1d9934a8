using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static RewardHackAnalyzers.Testing.KnownSymbols;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Recognises the calls and throws by which a test declares its own outcome (pass, skip, ignore, inconclusive)
    /// instead of earning it, by symbol identity: the framework's Assert type or outcome exception, never a name alone.
    /// </summary>
    internal sealed class TestOutcomeCalls
    {
        // The members of the framework types that end the test with an outcome; the conditional ones take the
        // condition as their bool parameter (SkipWhen/When skip when it holds, SkipUnless/Unless when it does not).
        private static readonly ImmutableDictionary<string, TestOutcome> XunitMembers = Members(
            ("Skip", TestOutcome.Skip), ("SkipWhen", TestOutcome.Skip), ("SkipUnless", TestOutcome.Skip));

        private static readonly ImmutableDictionary<string, TestOutcome> TUnitMembers = Members(
            ("Test", TestOutcome.Skip), ("When", TestOutcome.Skip), ("Unless", TestOutcome.Skip));

        private static readonly ImmutableDictionary<string, TestOutcome> NUnitMembers = Members(
            ("Pass", TestOutcome.Pass), ("Ignore", TestOutcome.Ignore), ("Inconclusive", TestOutcome.Inconclusive));

        private static readonly ImmutableDictionary<string, TestOutcome> MSTestMembers = Members(
            ("Inconclusive", TestOutcome.Inconclusive));

        private readonly KnownTestTypes types;
        private readonly ImmutableArray<(INamedTypeSymbol Exception, TestOutcome Outcome)> exceptions;

        public TestOutcomeCalls(KnownTestTypes types)
        {
            this.types = types;
            var builder = ImmutableArray.CreateBuilder<(INamedTypeSymbol, TestOutcome)>();
            Add(builder, types.NUnitSuccessException, TestOutcome.Pass);
            Add(builder, types.NUnitIgnoreException, TestOutcome.Ignore);
            Add(builder, types.NUnitInconclusiveException, TestOutcome.Inconclusive);
            Add(builder, types.XunitSkipException, TestOutcome.Skip);
            Add(builder, types.MSTestAssertInconclusiveException, TestOutcome.Inconclusive);
            exceptions = builder.ToImmutable();
        }

        /// <summary>
        /// False when no outcome call has this name: a call that does not resolve need not have its candidates looked
        /// up (which re-binds it) when their shared name already rules every one of them out.
        /// </summary>
        public static bool IsOutcomeName(string name) =>
            XunitMembers.ContainsKey(name) || TUnitMembers.ContainsKey(name) || NUnitMembers.ContainsKey(name) || MSTestMembers.ContainsKey(name);

        /// <summary>The outcome a call to <paramref name="method"/> declares, or null when it is no outcome call.</summary>
        public TestOutcome? OutcomeOf(IMethodSymbol method)
        {
            method = FrameworkAssertions.Normalize(method);
            var members = MembersOf(method.ContainingType);
            return members is not null && members.TryGetValue(method.Name, out var outcome) ? outcome : null;
        }

        /// <summary>
        /// The outcome throwing <paramref name="type"/> declares (the exception or a type derived from it), or null.
        /// </summary>
        public TestOutcome? OutcomeOfException(ITypeSymbol? type)
        {
            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                foreach (var (exception, outcome) in exceptions)
                {
                    if (Is(current, exception))
                    {
                        return outcome;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The condition of a conditional skip (<c>Assert.SkipWhen(c, …)</c>, <c>Assert.SkipUnless(c, …)</c>,
        /// <c>Skip.When(c, …)</c>, <c>Skip.Unless(c, …)</c>), or null for an outcome call that takes none.
        /// </summary>
        public IOperation? ConditionOf(IInvocationOperation invocation)
        {
            if (OutcomeOf(invocation.TargetMethod) is null)
            {
                return null;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type.SpecialType == SpecialType.System_Boolean)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private ImmutableDictionary<string, TestOutcome>? MembersOf(INamedTypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            if (Is(type, types.XunitAssert))
            {
                return XunitMembers;
            }

            if (Is(type, types.NUnitAssert))
            {
                return NUnitMembers;
            }

            if (Is(type, types.MSTestAssert))
            {
                return MSTestMembers;
            }

            return Is(type, types.TUnitSkip) ? TUnitMembers : null;
        }

        private static ImmutableDictionary<string, TestOutcome> Members(params (string Name, TestOutcome Outcome)[] members)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, TestOutcome>(StringComparer.Ordinal);
            foreach (var (name, outcome) in members)
            {
                builder.Add(name, outcome);
            }

            return builder.ToImmutable();
        }

        private static void Add(ImmutableArray<(INamedTypeSymbol, TestOutcome)>.Builder builder, INamedTypeSymbol? exception, TestOutcome outcome)
        {
            if (exception is not null)
            {
                builder.Add((exception, outcome));
            }
        }
    }
}
