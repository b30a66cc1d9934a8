using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>A mock member a test configured to return a value: which mock (the variable, field or parameter holding it) and which member.</summary>
    public sealed class MockSetup
    {
        public MockSetup(ISymbol mock, ISymbol member)
        {
            Mock = mock;
            Member = member;
        }

        /// <summary>The local, field, parameter or property that holds the mock (for Moq, the <c>Mock&lt;T&gt;</c>).</summary>
        public ISymbol Mock { get; }

        /// <summary>The method or property set up, as declared (its original definition).</summary>
        public ISymbol Member { get; }
    }
}
