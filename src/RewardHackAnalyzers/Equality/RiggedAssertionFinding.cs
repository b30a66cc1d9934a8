using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>How RH0004's code fix can strengthen an assertion; carried to the fix in the diagnostic's properties.</summary>
    public static class RiggedAssertionFix
    {
        /// <summary>Property naming the fix: <see cref="RemoveArgument"/> or <see cref="RemoveCalls"/>; absent when none applies.</summary>
        public const string KindProperty = "RH0004.Fix";

        /// <summary>Property holding how many chained calls <see cref="RemoveCalls"/> strips.</summary>
        public const string CallCountProperty = "RH0004.Calls";

        /// <summary>Remove the rigged argument (the diagnostic's location) from the assertion's argument list.</summary>
        public const string RemoveArgument = nameof(RemoveArgument);

        /// <summary>
        /// Replace the call at the diagnostic's first additional location by the receiver of the call
        /// <see cref="CallCountProperty"/> links down its chain (<c>.Using(c)</c>, <c>.Using(a).WhenTypeIs&lt;T&gt;()</c>).
        /// </summary>
        public const string RemoveCalls = nameof(RemoveCalls);
    }

    /// <summary>One assertion handed a rigged argument: what to report, where, and how it can be removed.</summary>
    internal sealed class RiggedAssertionFinding
    {
        private RiggedAssertionFinding(IOperation rigged, string description, string? fix, SyntaxNode? callToRemove, int callCount)
        {
            Rigged = rigged;
            Description = description;
            Fix = fix;
            CallToRemove = callToRemove;
            CallCount = callCount;
        }

        /// <summary>The rigged argument; the diagnostic's location.</summary>
        public IOperation Rigged { get; }

        /// <summary>What was rigged, as the message's second argument ("comparer 'LooseComparer'", "a predicate").</summary>
        public string Description { get; }

        /// <summary>A <see cref="RiggedAssertionFix"/> kind, or null when removing the argument would not leave a valid assertion.</summary>
        public string? Fix { get; }

        public SyntaxNode? CallToRemove { get; }

        public int CallCount { get; }

        public static RiggedAssertionFinding Unfixable(IOperation rigged, string description) =>
            new(rigged, description, null, null, 0);

        public static RiggedAssertionFinding ByRemovingArgument(IArgumentOperation argument, string description) =>
            new(argument.Value, description, RiggedAssertionFix.RemoveArgument, null, 0);

        public static RiggedAssertionFinding ByRemovingCalls(IOperation rigged, string description, IInvocationOperation outermostCall, int callCount) =>
            new(rigged, description, RiggedAssertionFix.RemoveCalls, outermostCall.Syntax, callCount);
    }
}
