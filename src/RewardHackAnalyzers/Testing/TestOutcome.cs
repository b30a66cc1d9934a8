namespace RewardHackAnalyzers.Testing
{
    /// <summary>A verdict a test can declare for itself instead of earning it from its assertions.</summary>
    public enum TestOutcome
    {
        /// <summary>NUnit <c>Assert.Pass</c>, <c>throw new SuccessException()</c>: the test ends green on the spot.</summary>
        Pass,

        /// <summary>xUnit v3 <c>Assert.Skip</c>/<c>SkipWhen</c>/<c>SkipUnless</c>, TUnit <c>Skip.Test</c>/<c>When</c>/<c>Unless</c>, xUnit <c>SkipException</c>.</summary>
        Skip,

        /// <summary>NUnit <c>Assert.Ignore</c>, <c>throw new IgnoreException()</c>.</summary>
        Ignore,

        /// <summary>NUnit and MSTest <c>Assert.Inconclusive</c>, NUnit <c>InconclusiveException</c>, MSTest <c>AssertInconclusiveException</c>.</summary>
        Inconclusive,
    }
}
