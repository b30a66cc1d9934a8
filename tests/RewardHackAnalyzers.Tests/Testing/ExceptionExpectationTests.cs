using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    /// <summary>What <see cref="ExceptionExpectations"/> reads from exception assertions: the expected type and whether derived types count.</summary>
    public class ExceptionExpectationTests
    {
        [Theory]
        [InlineData("Xunit.Assert.Throws<System.FormatException>(code)", "Throws", "System.FormatException", false)]
        [InlineData("Xunit.Assert.ThrowsAny<System.Exception>(code)", "ThrowsAny", "System.Exception", true)]
        [InlineData("Xunit.Assert.Throws(typeof(System.FormatException), code)", "Throws", "System.FormatException", false)]
        public Task Xunit(string call, string name, string expected, bool derived) =>
            AssertExpectation(TestLibraries.XunitV2, call, name, expected, derived);

        [Theory]
        [InlineData("NUnit.Framework.Assert.Throws<System.FormatException>(() => code())", "Throws", "System.FormatException", false)]
        [InlineData("NUnit.Framework.Assert.Catch<System.Exception>(() => code())", "Catch", "System.Exception", true)]
        [InlineData("NUnit.Framework.Assert.Catch(() => code())", "Catch", null, true)]
        [InlineData("NUnit.Framework.Throws.InstanceOf<System.Exception>()", "InstanceOf", "System.Exception", true)]
        [InlineData("NUnit.Framework.Throws.TypeOf<System.Exception>()", "TypeOf", "System.Exception", false)]
        public Task NUnit(string call, string name, string? expected, bool derived) =>
            AssertExpectation(TestLibraries.NUnit4, call, name, expected, derived);

        [Theory]
        [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting.Assert.Throws<System.Exception>(code)", "Throws", true)]
        [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting.Assert.ThrowsExactly<System.Exception>(code)", "ThrowsExactly", false)]
        [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting.Assert.ThrowsException<System.Exception>(code)", "ThrowsException", false)]
        public Task MSTest(string call, string name, bool derived) =>
            AssertExpectation(TestLibraries.MSTest, call, name, "System.Exception", derived);

        [Theory]
        [InlineData("FluentAssertions.AssertionExtensions.Should(code).Throw<System.Exception>()", "Throw", true)]
        [InlineData("FluentAssertions.AssertionExtensions.Should(code).ThrowExactly<System.Exception>()", "ThrowExactly", false)]
        public Task FluentAssertions(string call, string name, bool derived) =>
            AssertExpectation(TestLibraries.FluentAssertions, call, name, "System.Exception", derived);

        [Fact]
        public Task Shouldly() => AssertExpectation(TestLibraries.Shouldly, "Shouldly.Should.Throw<System.Exception>(code)", "Throw", "System.Exception", true);

        [Fact]
        public async Task Other_assertions_are_no_expectation()
        {
            var compilation = await Compile(TestLibraries.XunitV2, "Xunit.Assert.Single(new[] { 1 })");

            Assert.Null(compilation.Model().ExceptionExpectations.OfAssertion(compilation.Invocation("M", "Single")));
        }

        [Theory]
        [InlineData("[ExpectedException(typeof(System.Exception))]", false)]
        [InlineData("[ExpectedException(typeof(System.Exception), AllowDerivedTypes = true)]", true)]
        public async Task MSTest_ExpectedException_attribute(string attribute, bool derived)
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.MSTest, @"
using Microsoft.VisualStudio.TestTools.UnitTesting;
public class Tests { [TestMethod] " + attribute + " public void M() { } }");
            var expectations = compilation.Model().ExceptionExpectations;

            var expectation = Assert.Single(compilation.Method("Tests", "M").GetAttributes().Select(expectations.OfAttribute), e => e is not null);

            Assert.Equal("System.Exception", expectation!.ExpectedType!.ToDisplayString());
            Assert.Equal(derived, expectation.AcceptsDerivedTypes);
        }

        private static async Task AssertExpectation(ReferenceAssemblies references, string call, string name, string? expected, bool derived)
        {
            var compilation = await Compile(references, call);
            var invocation = compilation.Invocation("M", name);
            var expectations = compilation.Model().ExceptionExpectations;

            var expectation = expectations.OfAssertion(invocation) ?? expectations.OfConstraint(invocation);

            Assert.NotNull(expectation);
            Assert.Equal(expected, expectation.ExpectedType?.ToDisplayString());
            Assert.Equal(derived, expectation.AcceptsDerivedTypes);
        }

        private static Task<TestCompilation> Compile(ReferenceAssemblies references, string call) => TestCompilation.CompileAsync(
            references, "public class C { public void M() { System.Action code = () => throw new System.FormatException(); _ = " + call + "; } }");
    }
}
