using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.AssertionOnMockSetupAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0406: assertions on a value a Moq, NSubstitute or FakeItEasy mock was set up to return, on each framework and library.</summary>
    public class AssertionOnMockSetupAnalyzerTests
    {
        internal const string Calculator = @"
public interface ICalculator
{
    int Add(int a, int b);
    bool IsReady { get; }
    System.Threading.Tasks.Task<int> AddAsync(int a, int b);
}
public class Checkout
{
    private readonly ICalculator calculator;
    public Checkout(ICalculator calculator) => this.calculator = calculator;
    public int Total(int a, int b) => calculator.Add(a, b) + 1;
}
";

        internal static readonly ReferenceAssemblies NUnitMoq = TestLibraries.With(("NUnit", "4.3.2"), ("Moq", "4.20.72"));
        internal static readonly ReferenceAssemblies MSTestMoq = TestLibraries.With(("MSTest.TestFramework", "3.11.1"), ("Moq", "4.20.72"));
        internal static readonly ReferenceAssemblies FluentMoq = TestLibraries.With(("xunit", "2.9.3"), ("FluentAssertions", "7.2.2"), ("Moq", "4.20.72"));
        internal static readonly ReferenceAssemblies ShouldlyNSubstitute = TestLibraries.With(("xunit", "2.9.3"), ("Shouldly", "4.3.0"), ("NSubstitute", "5.3.0"));

        internal static DiagnosticResult Expected(int location, string assertion, string member, string mock) =>
            Verify.Diagnostic(Rules.RH0406_AssertionOnMockSetup).WithLocation(location).WithArguments(assertion, member, mock);

        [Fact]
        public Task Moq_setups_asserted_with_xunit() => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using Moq;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public async Task Adds()
    {
        var calc = new Mock<ICalculator>();
        calc.Setup(c => c.Add(2, 3)).Returns(5);
        calc.SetupGet(c => c.IsReady).Returns(true);
        calc.Setup(c => c.AddAsync(It.IsAny<int>(), It.IsAny<int>())).ReturnsAsync(5);

        Assert.Equal(5, {|#0:calc.Object.Add(2, 3)|});
        Assert.True({|#1:calc.Object.IsReady|});
        Assert.Equal(5, {|#2:await calc.Object.AddAsync(2, 3)|});
        var sum = calc.Object.Add(2, 3);
        Assert.Equal(5, {|#3:sum|});
    }
}" + Calculator,
            TestLibraries.Moq,
            Expected(0, "Assert.Equal", "ICalculator.Add", "calc"),
            Expected(1, "Assert.True", "ICalculator.IsReady", "calc"),
            Expected(2, "Assert.Equal", "ICalculator.AddAsync", "calc"),
            Expected(3, "Assert.Equal", "ICalculator.Add", "calc"));

        [Fact]
        public Task Moq_object_held_in_a_local_and_a_sequence_setup() => Verify.VerifyAsync(@"
using Moq;
using Xunit;
public class CalculatorTests
{
    private readonly Mock<ICalculator> calc = new Mock<ICalculator>();

    [Fact]
    public void Adds()
    {
        calc.SetupSequence(c => c.Add(2, 3)).Returns(5).Returns(6);
        var calculator = calc.Object;
        Assert.Equal(5, {|#0:calculator.Add(2, 3)|});
    }
}" + Calculator,
            TestLibraries.Moq,
            Expected(0, "Assert.Equal", "ICalculator.Add", "calc"));

        [Fact]
        public Task Moq_setups_asserted_with_NUnit() => Verify.VerifyAsync(@"
using Moq;
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var calc = new Mock<ICalculator>();
        calc.Setup(c => c.Add(2, 3)).Returns(5);
        Assert.That({|#0:calc.Object.Add(2, 3)|}, Is.EqualTo(5));
    }
}" + Calculator,
            NUnitMoq,
            Expected(0, "Assert.That", "ICalculator.Add", "calc"));

        [Fact]
        public Task Moq_setups_asserted_with_MSTest() => Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Moq;
[TestClass]
public class CalculatorTests
{
    [TestMethod]
    public void Adds()
    {
        var calc = new Mock<ICalculator>();
        calc.Setup(c => c.Add(2, 3)).Returns(5);
        calc.Setup(c => c.IsReady).Returns(true);
        Assert.AreEqual(5, {|#0:calc.Object.Add(2, 3)|});
        Assert.IsTrue({|#1:calc.Object.IsReady|});
    }
}" + Calculator,
            MSTestMoq,
            Expected(0, "Assert.AreEqual", "ICalculator.Add", "calc"),
            Expected(1, "Assert.IsTrue", "ICalculator.IsReady", "calc"));

        [Fact]
        public Task Moq_setups_asserted_with_FluentAssertions() => Verify.VerifyAsync(@"
using FluentAssertions;
using Moq;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var calc = new Mock<ICalculator>();
        calc.Setup(c => c.Add(2, 3)).Returns(5);
        {|#0:calc.Object.Add(2, 3)|}.Should().Be(5);
    }
}" + Calculator,
            FluentMoq,
            Expected(0, "Be", "ICalculator.Add", "calc"));

        [Fact]
        public Task NSubstitute_returns_asserted_with_xunit_and_Shouldly() => Verify.VerifyAsync(@"
using NSubstitute;
using Shouldly;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var calc = Substitute.For<ICalculator>();
        calc.Add(2, 3).Returns(5);
        calc.IsReady.Returns(true);
        Assert.Equal(5, {|#0:calc.Add(2, 3)|});
        {|#1:calc.IsReady|}.ShouldBeTrue();
    }
}" + Calculator,
            ShouldlyNSubstitute,
            Expected(0, "Assert.Equal", "ICalculator.Add", "calc"),
            Expected(1, "ShouldBeTrue", "ICalculator.IsReady", "calc"));

        [Fact]
        public Task FakeItEasy_returns_asserted_with_xunit() => Verify.VerifyAsync(@"
using FakeItEasy;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var calc = A.Fake<ICalculator>();
        A.CallTo(() => calc.Add(2, 3)).Returns(5);
        A.CallTo(() => calc.IsReady).ReturnsLazily(() => true);
        Assert.Equal(5, {|#0:calc.Add(2, 3)|});
        Assert.True({|#1:calc.IsReady|});
    }
}" + Calculator,
            TestLibraries.FakeItEasy,
            Expected(0, "Assert.Equal", "ICalculator.Add", "calc"),
            Expected(1, "Assert.True", "ICalculator.IsReady", "calc"));
    }
}
