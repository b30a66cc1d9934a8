using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// What an exception assertion expects: the exception type it names (null when it names none, as NUnit's
    /// <c>Assert.Catch(code)</c>), and whether types derived from it satisfy it too (<c>ThrowsAny</c>) or only the
    /// exact type does (xUnit's <c>Throws</c>).
    /// </summary>
    public sealed class ExceptionExpectation
    {
        public ExceptionExpectation(ITypeSymbol? expectedType, bool acceptsDerivedTypes)
        {
            ExpectedType = expectedType;
            AcceptsDerivedTypes = acceptsDerivedTypes;
        }

        /// <summary>The expected exception type, or null when the assertion accepts any exception.</summary>
        public ITypeSymbol? ExpectedType { get; }

        public bool AcceptsDerivedTypes { get; }
    }
}
