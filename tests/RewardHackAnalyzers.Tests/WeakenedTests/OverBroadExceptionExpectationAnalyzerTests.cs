using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.OverBroadExceptionExpectationAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0405 on xUnit, NUnit and MSTest: expectations any exception satisfies.</summary>
    public class OverBroadExceptionExpectationAnalyzerTests
    {
        internal const string Stub = @"
public class Parser
{
    public int Parse(string text) => throw new System.NotImplementedException();
    public System.Threading.Tasks.Task<int> ParseAsync(string text) => throw new System.NotImplementedException();
}
";

        public static TheoryData<string> Xunit => new() { nameof(TestLibraries.XunitV2), nameof(TestLibraries.XunitV3) };

        public static TheoryData<string> NUnit => new() { nameof(TestLibraries.NUnit3), nameof(TestLibraries.NUnit4) };

        internal static ReferenceAssemblies Libraries(string name) =>
            (ReferenceAssemblies)typeof(TestLibraries).GetProperty(name)!.GetValue(null)!;

        internal static DiagnosticResult Expected(int location, string expectation, string accepted = "any exception") =>
            Verify.Diagnostic(Rules.RH0405_OverBroadExceptionExpectation).WithLocation(location).WithArguments(expectation, accepted);

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Xunit_ThrowsAny_of_Exception_and_SystemException(string libraries) => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using Xunit;
public class ParserTests
{
    [Fact]
    public async Task Rejects_garbage()
    {
        {|#0:Assert.ThrowsAny<Exception>(() => new Parser().Parse(""x""))|};
        {|#1:Assert.ThrowsAny<SystemException>(() => new Parser().Parse(""x""))|};
        await {|#2:Assert.ThrowsAnyAsync<Exception>(() => new Parser().ParseAsync(""x""))|};
        _ = {|#3:Xunit.Assert.ThrowsAny<Exception>(() => new Parser().Parse(""x""))|};
    }
}" + Stub,
            Libraries(libraries),
            Expected(0, "Assert.ThrowsAny"),
            Expected(1, "Assert.ThrowsAny", "any 'SystemException'"),
            Expected(2, "Assert.ThrowsAnyAsync"),
            Expected(3, "Xunit.Assert.ThrowsAny"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Xunit_caught_exception_only_asserted_not_null(string libraries) => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using Xunit;
public class ParserTests
{
    [Fact]
    public async Task Rejects_garbage()
    {
        var thrown = {|#0:Assert.ThrowsAny<Exception>(() => new Parser().Parse(""x""))|};
        Assert.NotNull(thrown);
        var recorded = {|#1:Record.Exception(() => new Parser().Parse(""x""))|};
        Assert.NotNull(recorded);
        var awaited = await {|#2:Record.ExceptionAsync(() => new Parser().ParseAsync(""x""))|};
        Assert.NotNull(awaited);
    }
}" + Stub,
            Libraries(libraries),
            Expected(0, "Assert.ThrowsAny"),
            Expected(1, "Record.Exception"),
            Expected(2, "Record.ExceptionAsync"));

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task NUnit_Catch_without_a_type_or_of_Exception(string libraries) => Verify.VerifyAsync(@"
using System;
using NUnit.Framework;
public class ParserTests
{
    [Test]
    public void Rejects_garbage()
    {
        {|#0:Assert.Catch(() => new Parser().Parse(""x""))|};
        {|#1:Assert.Catch<Exception>(() => new Parser().Parse(""x""))|};
        {|#2:Assert.Catch(typeof(Exception), () => new Parser().Parse(""x""))|};
        {|#3:Assert.CatchAsync(() => new Parser().ParseAsync(""x""))|};
    }
}" + Stub,
            Libraries(libraries),
            Expected(0, "Assert.Catch"),
            Expected(1, "Assert.Catch"),
            Expected(2, "Assert.Catch"),
            Expected(3, "Assert.CatchAsync"));

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task NUnit_Throws_Exception_and_InstanceOf_Exception_constraints(string libraries) => Verify.VerifyAsync(@"
using System;
using NUnit.Framework;
public class ParserTests
{
    [Test]
    public void Rejects_garbage()
    {
        Assert.That(() => new Parser().Parse(""x""), {|#0:Throws.Exception|});
        Assert.That(() => new Parser().Parse(""x""), {|#1:Throws.InstanceOf<Exception>()|});
        Assert.That(() => new Parser().Parse(""x""), {|#2:Throws.InstanceOf(typeof(SystemException))|});
    }
}" + Stub,
            Libraries(libraries),
            Expected(0, "Throws.Exception"),
            Expected(1, "Throws.InstanceOf"),
            Expected(2, "Throws.InstanceOf", "any 'SystemException'"));

        [Fact]
        public Task MSTest_Throws_of_Exception_accepts_derived_types() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class ParserTests
{
    [TestMethod]
    public async Task Rejects_garbage()
    {
        {|#0:Assert.Throws<Exception>(() => new Parser().Parse(""x""))|};
        await {|#1:Assert.ThrowsAsync<Exception>(() => new Parser().ParseAsync(""x""))|};
    }
}" + Stub,
            TestLibraries.MSTest,
            Expected(0, "Assert.Throws"),
            Expected(1, "Assert.ThrowsAsync"));

        [Fact]
        public Task MSTest_ExpectedException_of_Exception_with_derived_types() => Verify.VerifyAsync(@"
using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class ParserTests
{
    [TestMethod]
    [{|#0:ExpectedException(typeof(Exception), AllowDerivedTypes = true)|}]
    public void Rejects_garbage() => new Parser().Parse(""x"");

    [TestMethod]
    [{|#1:ExpectedException(typeof(SystemException), ""no exception"", AllowDerivedTypes = true)|}]
    public void Rejects_empty() => new Parser().Parse("""");
}" + Stub,
            TestLibraries.MSTest,
            Expected(0, "ExpectedException"),
            Expected(1, "ExpectedException", "any 'SystemException'"));
    }
}
