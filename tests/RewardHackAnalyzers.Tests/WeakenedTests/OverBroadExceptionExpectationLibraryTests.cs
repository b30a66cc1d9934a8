using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.WeakenedTests.OverBroadExceptionExpectationAnalyzerTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.OverBroadExceptionExpectationAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0405 on FluentAssertions, AwesomeAssertions and Shouldly.</summary>
    public class OverBroadExceptionExpectationLibraryTests
    {
        [Theory]
        [InlineData(nameof(TestLibraries.FluentAssertions), "FluentAssertions")]
        [InlineData(nameof(TestLibraries.AwesomeAssertions), "AwesomeAssertions")]
        public Task Fluent_Throw_and_ThrowAsync_of_Exception(string libraries, string library) => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using " + library + @";
using Xunit;
public class ParserTests
{
    [Fact]
    public async Task Rejects_garbage()
    {
        Action parse = () => new Parser().Parse(""x"");
        Func<Task> parseAsync = () => new Parser().ParseAsync(""x"");
        {|#0:parse.Should().Throw<Exception>()|};
        await {|#1:parseAsync.Should().ThrowAsync<SystemException>()|};
    }
}" + Stub,
            Libraries(libraries),
            Expected(0, "Throw"),
            Expected(1, "ThrowAsync", "any 'SystemException'"));

        [Fact]
        public Task Shouldly_Throw_and_ShouldThrow_of_Exception() => Verify.VerifyAsync(@"
using System;
using Shouldly;
using Xunit;
public class ParserTests
{
    [Fact]
    public void Rejects_garbage()
    {
        Action parse = () => new Parser().Parse(""x"");
        {|#0:Should.Throw<Exception>(parse)|};
        {|#1:parse.ShouldThrow<Exception>()|};
        {|#2:Should.Throw(parse, typeof(SystemException))|};
    }
}" + Stub,
            TestLibraries.Shouldly,
            Expected(0, "Should.Throw"),
            Expected(1, "ShouldThrow"),
            Expected(2, "Should.Throw", "any 'SystemException'"));
    }
}
