using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// The exception types too broad to expect when derived types count: <c>Exception</c> and <c>SystemException</c>,
    /// which NotImplementedException, NullReferenceException and InvalidOperationException all satisfy. Resolved once
    /// per compilation.
    /// </summary>
    internal sealed class BroadExceptionTypes
    {
        public const string AnyException = "any exception";

        private readonly INamedTypeSymbol? exception;
        private readonly INamedTypeSymbol? systemException;

        public BroadExceptionTypes(Compilation compilation)
        {
            exception = compilation.GetTypeByMetadataName("System.Exception");
            systemException = compilation.GetTypeByMetadataName("System.SystemException");
        }

        public bool Exists => exception is not null;

        /// <summary>"any exception" or "any 'SystemException'" when a stub's exception satisfies <paramref name="expectation"/>; null otherwise.</summary>
        public string? Describe(ExceptionExpectation expectation)
        {
            if (expectation.ExpectedType is not { } expected)
            {
                return AnyException;
            }

            if (!expectation.AcceptsDerivedTypes)
            {
                return null;
            }

            if (SymbolEqualityComparer.Default.Equals(expected, exception))
            {
                return AnyException;
            }

            return SymbolEqualityComparer.Default.Equals(expected, systemException) ? "any 'SystemException'" : null;
        }
    }
}
