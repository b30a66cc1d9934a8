namespace RewardHackAnalyzers.Tests.Verifiers
{
    /// <summary>Small production types that test sources append, so a test under analysis has real code to call.</summary>
    public static class CodeUnderTest
    {
        /// <summary>A class outside every test framework: calls into it are "the code under test".</summary>
        public const string Calculator = @"
public class Calculator { public int Add(int a, int b) => a + b; }";
    }
}
