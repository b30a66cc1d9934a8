using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.WeakenedTests.OverBroadExceptionExpectationAnalyzerTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.OverBroadExceptionExpectationAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0405 look-alikes that stay silent: specific types, exact-type expectations, and a caught exception checked further.</summary>
    public class OverBroadExceptionExpectationNegativeTests
    {
        [Theory]
        [MemberData(nameof(Xunit), MemberType = typeof(OverBroadExceptionExpectationAnalyzerTests))]
        public Task Xunit_specific_types(string libraries) => Verify.VerifyAsync(@"
using System;
using Xunit;
public class ParserTests
{
    [Fact]
    public void Rejects_garbage()
    {
        Assert.Throws<FormatException>(() => new Parser().Parse(""x""));
        Assert.ThrowsAny<ArgumentException>(() => new Parser().Parse(""x""));
        Assert.Throws<ArgumentNullException>(""text"", () => new Parser().Parse(null!));
    }
}" + Stub, Libraries(libraries));

        [Theory]
        [MemberData(nameof(Xunit), MemberType = typeof(OverBroadExceptionExpectationAnalyzerTests))]
        public Task Xunit_Throws_of_Exception_is_exact_so_a_stub_fails_it(string libraries) => Verify.VerifyAsync(@"
using System;
using Xunit;
public class ParserTests
{
    [Fact]
    public void Rejects_garbage() => Assert.Throws<Exception>(() => new Parser().Parse(""x""));
}" + Stub, Libraries(libraries));

        [Theory]
        [MemberData(nameof(Xunit), MemberType = typeof(OverBroadExceptionExpectationAnalyzerTests))]
        public Task Xunit_caught_exception_whose_type_or_message_is_asserted(string libraries) => Verify.VerifyAsync(@"
using System;
using Xunit;
public class ParserTests
{
    [Fact]
    public void Type_is_checked()
    {
        var ex = Assert.ThrowsAny<Exception>(() => new Parser().Parse(""x""));
        Assert.IsType<FormatException>(ex);
    }

    [Fact]
    public void Message_is_checked()
    {
        Exception ex;
        ex = Assert.ThrowsAny<Exception>(() => new Parser().Parse(""x""));
        Assert.Equal(""Not a number: x"", ex.Message);
    }
}" + Stub, Libraries(libraries));

        [Theory]
        [MemberData(nameof(Xunit), MemberType = typeof(OverBroadExceptionExpectationAnalyzerTests))]
        public Task Xunit_recorded_exception_checked_further_or_expected_absent(string libraries) => Verify.VerifyAsync(@"
using System;
using Xunit;
public class ParserTests
{
    [Fact]
    public void Type_is_checked()
    {
        var ex = Record.Exception(() => new Parser().Parse(""x""));
        Assert.NotNull(ex);
        Assert.IsType<FormatException>(ex);
    }

    [Fact]
    public void Does_not_throw()
    {
        var ex = Record.Exception(() => new Parser().Parse(""1""));
        Assert.Null(ex);
    }

    [Fact]
    public void Recorded_but_not_asserted()
    {
        var ex = Record.Exception(() => new Parser().Parse(""1""));
        Console.WriteLine(ex);
    }
}" + Stub, Libraries(libraries));

        [Theory]
        [MemberData(nameof(NUnit), MemberType = typeof(OverBroadExceptionExpectationAnalyzerTests))]
        public Task NUnit_specific_types_refined_constraints_and_checked_catch(string libraries) => Verify.VerifyAsync(@"
using System;
using NUnit.Framework;
public class ParserTests
{
    [Test]
    public void Rejects_garbage()
    {
        Assert.Throws<Exception>(() => new Parser().Parse(""x""));
        Assert.Catch<FormatException>(() => new Parser().Parse(""x""));
        Assert.That(() => new Parser().Parse(""x""), Throws.TypeOf<Exception>());
        Assert.That(() => new Parser().Parse(""x""), Throws.Exception.TypeOf<FormatException>());
        Assert.That(() => new Parser().Parse(""x""), Throws.Exception.With.Message.EqualTo(""Not a number: x""));
        Assert.That(() => new Parser().Parse(""x""), Throws.InstanceOf<ArgumentException>());
        var ex = Assert.Catch(() => new Parser().Parse(""x""));
        Assert.That(ex, Is.TypeOf<FormatException>());
    }
}" + Stub, Libraries(libraries));

        [Fact]
        public Task MSTest_exact_expectations_of_Exception() => Verify.VerifyAsync(@"
using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class ParserTests
{
    [TestMethod]
    [ExpectedException(typeof(Exception))]
    public void Attribute_is_exact_by_default() => new Parser().Parse(""x"");

    [TestMethod]
    [ExpectedException(typeof(FormatException), AllowDerivedTypes = true)]
    public void Specific_base_type() => new Parser().Parse(""x"");

    [TestMethod]
    public void Exact_assertions()
    {
        Assert.ThrowsExactly<Exception>(() => new Parser().Parse(""x""));
        Assert.ThrowsException<Exception>(() => new Parser().Parse(""x""));
        Assert.Throws<FormatException>(() => new Parser().Parse(""x""));
    }
}" + Stub, TestLibraries.MSTest);

        [Fact]
        public Task Fluent_exact_type_and_checked_message() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;
public class ParserTests
{
    [Fact]
    public async Task Rejects_garbage()
    {
        Action parse = () => new Parser().Parse(""x"");
        Func<Task> parseAsync = () => new Parser().ParseAsync(""x"");
        parse.Should().ThrowExactly<Exception>();
        parse.Should().Throw<FormatException>();
        parse.Should().Throw<Exception>().WithMessage(""Not a number*"");
        parse.Should().Throw<Exception>().Which.Should().BeOfType<FormatException>();
        await parseAsync.Should().ThrowAsync<Exception>().WithMessage(""Not a number*"");
        var thrown = parse.Should().Throw<Exception>();
        thrown.Which.Message.Should().Be(""Not a number: x"");
    }
}" + Stub, TestLibraries.FluentAssertions);

        [Fact]
        public Task Shouldly_specific_type_and_checked_message() => Verify.VerifyAsync(@"
using System;
using Shouldly;
using Xunit;
public class ParserTests
{
    [Fact]
    public void Rejects_garbage()
    {
        Action parse = () => new Parser().Parse(""x"");
        Should.Throw<FormatException>(parse);
        Should.Throw<Exception>(parse).Message.ShouldBe(""Not a number: x"");
    }
}" + Stub, TestLibraries.Shouldly);

        [Fact]
        public Task A_user_method_named_ThrowsAny_is_not_the_framework() => Verify.VerifyAsync(@"
using System;
public static class Assert
{
    public static T ThrowsAny<T>(Action code) where T : Exception => null!;
}
public class ParserTests
{
    [Xunit.Fact]
    public void Rejects_garbage() => Assert.ThrowsAny<Exception>(() => new Parser().Parse(""x""));
}" + Stub, TestLibraries.XunitV2);

        [Fact]
        public Task Broken_code_is_not_reported() => Verify.VerifyAsync(@"
using System;
using Xunit;
public class ParserTests
{
    [Fact]
    public void Rejects_garbage()
    {
        Assert.ThrowsAny<Exception>(() => {|CS0103:Missing|}());
        Assert.ThrowsAny<{|CS0246:Nope|}>(() => { });
    }
}", TestLibraries.XunitV2);
    }
}
