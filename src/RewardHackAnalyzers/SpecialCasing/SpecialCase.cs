using System.Collections.Immutable;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>A branch that returns a literal for the inputs it recognises (one per alternative of its condition).</summary>
    internal sealed class SpecialCase
    {
        public SpecialCase(ImmutableArray<KeySet> inputs, Microsoft.CodeAnalysis.IOperation result)
        {
            Inputs = inputs;
            Result = result;
        }

        public ImmutableArray<KeySet> Inputs { get; }

        /// <summary>The literal the branch returns.</summary>
        public Microsoft.CodeAnalysis.IOperation Result { get; }
    }
}
