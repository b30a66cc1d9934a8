using Microsoft.CodeAnalysis.Text;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>A contract read from a file: the test project it belongs to, and where its line is, so a rule can point at it.</summary>
    public sealed class TestContractLine
    {
        public TestContractLine(string path, string? project, TestContract contract, TextSpan span, LinePositionSpan lineSpan)
        {
            Path = path;
            Project = project;
            Contract = contract;
            Span = span;
            LineSpan = lineSpan;
        }

        /// <summary>The contract file's path as the compiler knows it.</summary>
        public string Path { get; }

        /// <summary>The assembly name of the <c>[section]</c> the line is in; null before any section (applies to every project).</summary>
        public string? Project { get; }

        public TestContract Contract { get; }

        public TextSpan Span { get; }

        public LinePositionSpan LineSpan { get; }

        /// <summary>True when the line is about tests of the assembly <paramref name="assemblyName"/>.</summary>
        public bool AppliesTo(string? assemblyName) => Project is null || string.Equals(Project, assemblyName, System.StringComparison.Ordinal);
    }
}
