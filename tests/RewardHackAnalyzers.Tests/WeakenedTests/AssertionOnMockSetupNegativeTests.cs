using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.WeakenedTests.AssertionOnMockSetupAnalyzerTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.AssertionOnMockSetupAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0406 look-alikes that stay silent: mocks passed into real code, interaction tests, other mocks and members.</summary>
    public class AssertionOnMockSetupNegativeTests
    {
        [Fact]
        public Task Mock_passed_into_the_code_under_test() => Verify.VerifyAsync(@"
using Moq;
using Xunit;
public class CheckoutTests
{
    [Fact]
    public void Total_adds_one_to_the_sum()
    {
        var calc = new Mock<ICalculator>();
        calc.Setup(c => c.Add(2, 3)).Returns(5);
        var checkout = new Checkout(calc.Object);
        Assert.Equal(6, checkout.Total(2, 3));
        var total = checkout.Total(2, 3);
        Assert.Equal(6, total);
    }
}" + Calculator, TestLibraries.Moq);

        [Fact]
        public Task Interaction_tests_that_verify_collaborators() => Verify.VerifyAsync(@"
using FakeItEasy;
using Xunit;
public class CheckoutTests
{
    [Fact]
    public void Total_asks_the_calculator()
    {
        var calc = A.Fake<ICalculator>();
        A.CallTo(() => calc.Add(2, 3)).Returns(5);
        new Checkout(calc).Total(2, 3);
        A.CallTo(() => calc.Add(2, 3)).MustHaveHappenedOnceExactly();
    }
}" + Calculator, TestLibraries.FakeItEasy);

        [Fact]
        public Task Moq_verify_and_NSubstitute_received() => Verify.VerifyAsync(@"
using NSubstitute;
using Xunit;
public class CheckoutTests
{
    [Fact]
    public void Total_asks_the_calculator()
    {
        var calc = Substitute.For<ICalculator>();
        calc.Add(2, 3).Returns(5);
        Assert.Equal(6, new Checkout(calc).Total(2, 3));
        calc.Received(1).Add(2, 3);
    }
}" + Calculator, TestLibraries.NSubstitute);

        [Fact]
        public Task Member_or_mock_that_was_not_set_up() => Verify.VerifyAsync(@"
using Moq;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Defaults()
    {
        var calc = new Mock<ICalculator>();
        var other = new Mock<ICalculator>();
        calc.Setup(c => c.Add(2, 3)).Returns(5);
        Assert.Equal(0, other.Object.Add(2, 3));
        Assert.False(calc.Object.IsReady);
    }
}" + Calculator, TestLibraries.Moq);

        [Fact]
        public Task Tracked_property_written_by_the_code_under_test() => Verify.VerifyAsync(@"
using Moq;
using Xunit;
public interface ISettings { string Theme { get; set; } }
public class SettingsTests
{
    [Fact]
    public void Reset_restores_the_default_theme()
    {
        var settings = new Mock<ISettings>();
        settings.SetupProperty(s => s.Theme, ""dark"");
        settings.Object.Theme = ""light"";
        Assert.Equal(""light"", settings.Object.Theme);
    }
}" + Calculator, TestLibraries.Moq);

        [Fact]
        public Task Substitute_property_the_code_under_test_may_write() => Verify.VerifyAsync(@"
using NSubstitute;
using Xunit;
public interface ISettings { string Theme { get; set; } }
public static class Reset { public static void Defaults(ISettings settings) => settings.Theme = ""light""; }
public class SettingsTests
{
    [Fact]
    public void Reset_restores_the_default_theme()
    {
        var settings = Substitute.For<ISettings>();
        settings.Theme.Returns(""dark"");
        Reset.Defaults(settings);
        Assert.Equal(""light"", settings.Theme);
    }
}" + Calculator, TestLibraries.NSubstitute);

        [Fact]
        public Task Expected_value_taken_from_the_mock() => Verify.VerifyAsync(@"
using Moq;
using Xunit;
public class CheckoutTests
{
    [Fact]
    public void Total_is_sum_plus_one()
    {
        var calc = new Mock<ICalculator>();
        calc.Setup(c => c.Add(2, 3)).Returns(5);
        Assert.Equal(calc.Object.Add(2, 3) + 1, new Checkout(calc.Object).Total(2, 3));
        Assert.Equal(calc.Object.Add(2, 3), new Checkout(calc.Object).Total(2, 3) - 1);
    }
}" + Calculator, TestLibraries.Moq);

        [Fact]
        public Task A_user_Returns_method_is_not_a_mock_setup() => Verify.VerifyAsync(@"
using Xunit;
public static class Fakes { public static T Returns<T>(this T value, T result) => result; }
public class Calculator : ICalculator
{
    public int Add(int a, int b) => a + b;
    public bool IsReady => true;
    public System.Threading.Tasks.Task<int> AddAsync(int a, int b) => System.Threading.Tasks.Task.FromResult(a + b);
}
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var calc = new Calculator();
        calc.Add(2, 3).Returns(5);
        Assert.Equal(5, calc.Add(2, 3));
    }
}" + Calculator, TestLibraries.NSubstitute);

        [Fact]
        public Task Broken_code_is_not_reported() => Verify.VerifyAsync(@"
using Moq;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var calc = new Mock<ICalculator>();
        calc.Setup(c => c.{|CS1061:Missing|}()).Returns(5);
        Assert.Equal(5, calc.Object.{|CS1061:Missing|}());
    }
}" + Calculator, TestLibraries.Moq);
    }
}
