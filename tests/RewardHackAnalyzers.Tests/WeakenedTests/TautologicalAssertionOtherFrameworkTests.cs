using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.WeakenedTests.TautologicalAssertionXunitTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.TautologicalAssertionAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0401 on NUnit (classic and constraints), MSTest, FluentAssertions, AwesomeAssertions and Shouldly.</summary>
    public class TautologicalAssertionOtherFrameworkTests
    {
        public static TheoryData<string> NUnit => new() { nameof(TestLibraries.NUnit3), nameof(TestLibraries.NUnit4) };

        private static ReferenceAssemblies Libraries(string name) =>
            (ReferenceAssemblies)typeof(TestLibraries).GetProperty(name)!.GetValue(null)!;

        [Theory]
        [MemberData(nameof(NUnit))]
        public Task NUnit_constraints_that_cannot_fail(string libraries) => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Calculator { public int Total; }
public class CalculatorTests
{
    [Test]
    public void Total()
    {
        var calculator = new Calculator { Total = 3 };
        var total = calculator.Total;
        {|#0:Assert.That(total, Is.EqualTo(total))|};
        {|#1:Assert.That(calculator, Is.SameAs(calculator))|};
        {|#2:Assert.That(new Calculator(), Is.Not.Null)|};
        {|#3:Assert.That(total == total)|};
        {|#4:Assert.That(total != total, Is.False)|};
        {|#5:Assert.That(new Calculator(), Is.InstanceOf<object>())|};
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.That", "it compares 'total' with itself"),
            Expected(1, "Assert.That", "it compares 'calculator' with itself"),
            Expected(2, "Assert.That", "'new Calculator()' is a new object and never null"),
            Expected(3, "Assert.That", "the condition 'total == total' is always true"),
            Expected(4, "Assert.That", "the condition 'total != total' is always false"),
            Expected(5, "Assert.That", "'new Calculator()' is always a 'object'"));

        [Fact]
        public Task NUnit4_classic_asserts_that_cannot_fail() => Verify.VerifyAsync(@"
using NUnit.Framework;
using NUnit.Framework.Legacy;
public class Tests
{
    [Test]
    public void Classic()
    {
        var name = System.Environment.MachineName;
        {|#0:ClassicAssert.AreEqual(name, name)|};
        {|#1:ClassicAssert.IsTrue(name.Length >= name.Length)|};
        {|#2:ClassicAssert.IsNotNull(new object())|};
    }
}",
            TestLibraries.NUnit4,
            Expected(0, "ClassicAssert.AreEqual", "it compares 'name' with itself"),
            Expected(1, "ClassicAssert.IsTrue", "the condition 'name.Length >= name.Length' is always true"),
            Expected(2, "ClassicAssert.IsNotNull", "'new object()' is a new object and never null"));

        [Fact]
        public Task MSTest_asserts_that_cannot_fail() => Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;
public class Invoice { public decimal Total { get; set; } }
[TestClass]
public class InvoiceTests
{
    [TestMethod]
    public void Totals()
    {
        var invoice = new Invoice { Total = 10m };
        {|#0:Assert.AreEqual(invoice.Total, invoice.Total)|};
        {|#1:Assert.AreSame(invoice, invoice)|};
        {|#2:Assert.IsTrue(invoice.Total == invoice.Total)|};
        {|#3:Assert.IsFalse(invoice.Total != invoice.Total)|};
        {|#4:Assert.IsNotNull(invoice.Total)|};
        {|#5:Assert.IsInstanceOfType(new Invoice(), typeof(Invoice))|};
        {|#6:Assert.AreEqual(2, 2)|};
    }
}",
            TestLibraries.MSTest,
            Expected(0, "Assert.AreEqual", "it compares 'invoice.Total' with itself"),
            Expected(1, "Assert.AreSame", "it compares 'invoice' with itself"),
            Expected(2, "Assert.IsTrue", "the condition 'invoice.Total == invoice.Total' is always true"),
            Expected(3, "Assert.IsFalse", "the condition 'invoice.Total != invoice.Total' is always false"),
            Expected(4, "Assert.IsNotNull", "'invoice.Total' is a value of type 'decimal' and never null"),
            Expected(5, "Assert.IsInstanceOfType", "'new Invoice()' is always a 'Invoice'"),
            Expected(6, "Assert.AreEqual", "it compares two equal constants"));

        [Fact]
        public Task FluentAssertions_checks_that_cannot_fail() => Verify.VerifyAsync(@"
using FluentAssertions;
using Xunit;
public class Order { public int Lines { get; set; } }
public class Tests
{
    [Fact]
    public void Orders()
    {
        var order = new Order { Lines = 2 };
        var lines = order.Lines;
        {|#0:lines.Should().Be(lines)|};
        {|#1:order.Should().BeSameAs(order)|};
        {|#2:new Order().Should().NotBeNull()|};
        {|#3:(lines == lines).Should().BeTrue()|};
        {|#4:order.Lines.Should().Be(order.Lines)|};
        {|#5:new Order().Should().BeOfType<Order>()|};
        {|#6:order.Should().BeEquivalentTo(order)|};
    }
}",
            TestLibraries.FluentAssertions,
            Expected(0, "Be", "it compares 'lines' with itself"),
            Expected(1, "BeSameAs", "it compares 'order' with itself"),
            Expected(2, "NotBeNull", "'new Order()' is a new object and never null"),
            Expected(3, "BeTrue", "the condition 'lines == lines' is always true"),
            Expected(4, "Be", "it compares 'order.Lines' with itself"),
            Expected(5, "BeOfType", "'new Order()' is always a 'Order'"),
            Expected(6, "BeEquivalentTo", "it compares 'order' with itself"));

        [Fact]
        public Task AwesomeAssertions_checks_that_cannot_fail() => Verify.VerifyAsync(@"
using AwesomeAssertions;
using Xunit;
public class Tests
{
    [Fact]
    public void Orders()
    {
        var lines = System.Environment.ProcessorCount;
        {|#0:lines.Should().Be(lines)|};
    }
}",
            TestLibraries.AwesomeAssertions,
            Expected(0, "Be", "it compares 'lines' with itself"));

        [Fact]
        public Task Shouldly_checks_that_cannot_fail() => Verify.VerifyAsync(@"
using Shouldly;
using Xunit;
public class Order { public int Lines { get; set; } }
public class Tests
{
    [Fact]
    public void Orders()
    {
        var order = new Order { Lines = 2 };
        {|#0:order.Lines.ShouldBe(order.Lines)|};
        {|#1:order.ShouldBeSameAs(order)|};
        {|#2:new Order().ShouldNotBeNull()|};
        {|#3:(order.Lines <= order.Lines).ShouldBeTrue()|};
        {|#4:new Order().ShouldBeOfType<Order>()|};
    }
}",
            TestLibraries.Shouldly,
            Expected(0, "ShouldBe", "it compares 'order.Lines' with itself"),
            Expected(1, "ShouldBeSameAs", "it compares 'order' with itself"),
            Expected(2, "ShouldNotBeNull", "'new Order()' is a new object and never null"),
            Expected(3, "ShouldBeTrue", "the condition 'order.Lines <= order.Lines' is always true"),
            Expected(4, "ShouldBeOfType", "'new Order()' is always a 'Order'"));
    }
}
