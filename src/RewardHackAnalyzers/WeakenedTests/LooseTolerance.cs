using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>RH0407's finding: where to report (the tolerance argument, or the range assertion) and why it accepts everything.</summary>
    internal sealed class LooseTolerance
    {
        public LooseTolerance(IOperation at, string reason)
        {
            At = at;
            Reason = reason;
        }

        public IOperation At { get; }

        public string Reason { get; }
    }
}
