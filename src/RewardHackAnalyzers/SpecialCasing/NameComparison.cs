using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>A value compared with a constant string, and the syntax that compares them (where a finding goes).</summary>
    internal readonly struct NameComparison
    {
        public NameComparison(IOperation subject, string name, IOperation nameOperand, SyntaxNode location)
        {
            Subject = subject;
            Name = name;
            NameOperand = nameOperand;
            Location = location;
        }

        public IOperation Subject { get; }

        public string Name { get; }

        /// <summary>The operand that holds <see cref="Name"/> (a literal, a constant, a <c>nameof</c>, an array element).</summary>
        public IOperation NameOperand { get; }

        public SyntaxNode Location { get; }
    }
}
