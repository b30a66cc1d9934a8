using System.Threading;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        private ConditionKinds? conditionKinds;

        private ConditionKinds Conditions => LazyInitializer.EnsureInitialized(ref conditionKinds, () => new ConditionKinds(this))!;

        /// <summary>
        /// What the branch condition <paramref name="condition"/> depends on: the environment, time, randomness, or the
        /// result under test (a call into non-framework code, or a local of the same body assigned from one, followed
        /// through other locals). A helper of the test class counts by what its own body reads, one level deep;
        /// parameters (theory data), constants and fields count as <see cref="ConditionKind.None"/>.
        /// </summary>
        public ConditionKind ClassifyCondition(IOperation condition, CancellationToken cancellationToken) =>
            Conditions.Classify(condition, cancellationToken);

        /// <summary>
        /// True for a member declared outside the base library, test frameworks and assertion or mocking libraries:
        /// what a call "into the code under test" targets.
        /// </summary>
        public static bool IsNonFrameworkMember(ISymbol member) => ConditionKinds.IsNonFramework(member);
    }
}
