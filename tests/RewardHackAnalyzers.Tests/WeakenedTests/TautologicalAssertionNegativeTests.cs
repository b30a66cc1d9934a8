using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.WeakenedTests;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.WeakenedTests.TautologicalAssertionXunitTests;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.TautologicalAssertionAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0401 look-alikes: legitimate assertions that resemble a tautology, and code the rule must survive.</summary>
    public class TautologicalAssertionNegativeTests
    {
        private const string Money = @"
public sealed class Money : System.IEquatable<Money>
{
    public Money(decimal amount) => Amount = amount;
    public decimal Amount { get; }
    public bool Equals(Money? other) => other is not null && other.Amount == Amount;
    public override bool Equals(object? obj) => Equals(obj as Money);
    public override int GetHashCode() => Amount.GetHashCode();
    public static bool operator ==(Money? a, Money? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Money? a, Money? b) => !(a == b);
}";

        [Fact]
        public Task Reflexivity_test_of_a_type_with_its_own_equality() => Verify.VerifyAsync(@"
using Xunit;
public class MoneyEqualityTests
{
    [Fact]
    public void Equality_is_reflexive()
    {
        var money = new Money(10m);
        Assert.Equal(money, money);
        Assert.True(money.Equals(money));
        Assert.True(money == money);
        Assert.False(money != money);
    }
}" + Money, TestLibraries.XunitV2);

        [Fact]
        public Task Reflexivity_test_named_by_its_method_in_NUnit_and_FluentAssertions() => Verify.VerifyAsync(@"
using FluentAssertions;
using Xunit;
public class ValueObjectTests
{
    [Fact]
    public void Money_equals_itself()
    {
        var money = new Money(10m);
        money.Should().Be(money);
    }
}" + Money, TestLibraries.FluentAssertions);

        [Fact]
        public async Task Reflexivity_test_of_a_type_declared_in_the_project_under_test()
        {
            var test = new CSharpAnalyzerTest<TautologicalAssertionAnalyzer, DefaultVerifier>
            {
                TestCode = @"
using Xunit;
public class MoneyTests
{
    [Fact]
    public void Equality_is_reflexive()
    {
        var money = new Money(10m);
        Assert.Equal(money, money);
    }
}",
                ReferenceAssemblies = TestLibraries.XunitV2,
            };
            test.TestState.AdditionalReferences.Add(await CompiledLibrary.ReferenceAsync("Pricing", "#nullable enable" + Money));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task A_records_synthesized_equality_is_not_the_code_under_test() => Verify.VerifyAsync(@"
using Xunit;
public sealed record Invoice(string Number);
public class InvoiceEqualityTests
{
    [Fact]
    public void Invoice_equals_itself()
    {
        var invoice = new Invoice(""INV-1"");
        {|#0:Assert.Equal(invoice, invoice)|};
    }
}", TestLibraries.XunitV2,
            Expected(0, "Assert.Equal", "it compares 'invoice' with itself"));

        [Fact]
        public Task Self_comparison_of_a_type_with_its_own_equality_outside_a_test_of_it_is_reported() => Verify.VerifyAsync(@"
using Xunit;
public class CheckoutTests
{
    [Fact]
    public void Total_is_charged()
    {
        var total = new Money(10m);
        {|#0:Assert.Equal(total, total)|};
    }
}" + Money, TestLibraries.XunitV2,
            Expected(0, "Assert.Equal", "it compares 'total' with itself"));

        [Fact]
        public Task Same_on_the_same_reference_is_reported_even_in_a_test_of_the_type() => Verify.VerifyAsync(@"
using Xunit;
public class MoneyEqualityTests
{
    [Fact]
    public void Equality_is_reflexive()
    {
        var money = new Money(10m);
        {|#0:Assert.Same(money, money)|};
    }
}" + Money, TestLibraries.XunitV2,
            Expected(0, "Assert.Same", "it compares 'money' with itself"));

        [Fact]
        public Task Two_calls_may_differ_so_comparing_them_checks_determinism() => Verify.VerifyAsync(@"
using Xunit;
public class Calculator { private int calls; public int Next() => ++calls; }
public class Tests
{
    [Fact]
    public void Stable()
    {
        var calculator = new Calculator();
        Assert.Equal(calculator.Next(), calculator.Next());
        Assert.True(calculator.Next() == calculator.Next());
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Two_new_objects_compare_by_value() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Value_equality()
    {
        Assert.Equal(new Money(1m), new Money(1m));
        Assert.NotSame(new Money(1m), new Money(1m));
    }
}" + Money, TestLibraries.XunitV2);

        [Fact]
        public Task Literal_true_is_left_to_the_forced_pass_rule() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Passes()
    {
        Assert.True(true);
        Assert.False(false);
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Floating_point_self_comparison_checks_for_NaN() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Is_a_number()
    {
        var ratio = System.Math.Sqrt(System.Environment.ProcessorCount);
        Assert.True(ratio == ratio);
        Assert.False(ratio != ratio);
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Not_null_of_a_computed_or_nullable_value_checks_something() => Verify.VerifyAsync(@"
using Xunit;
public class Factory { public static object? Create() => new object(); public static int? Maybe() => null; }
public class Tests
{
    [Fact]
    public void Creates()
    {
        Assert.NotNull(Factory.Create());
        Assert.NotNull(Factory.Maybe());
        Assert.IsAssignableFrom<object>(Factory.Create());
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Exact_type_check_against_object_fails_for_any_other_type() => Verify.VerifyAsync(@"
using Xunit;
public class Calculator { }
public class Tests
{
    [Fact]
    public void Types()
    {
        Assert.IsType<object>(Make());
        Assert.IsType<Calculator>(Make());
    }
    private static object Make() => new Calculator();
}", TestLibraries.XunitV2);

        [Fact]
        public Task Different_constants_and_inverted_assertions_fail_rather_than_pass() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Fails()
    {
        var x = System.Environment.ProcessorCount;
        Assert.Equal(1, 2);
        Assert.NotEqual(x, x);
        Assert.False(x == x);
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Honest_comparisons_of_expected_and_actual() => Verify.VerifyAsync(@"
using NUnit.Framework;
public class Tests
{
    [Test]
    public void Adds()
    {
        var expected = 4;
        var actual = 2 + System.Environment.ProcessorCount;
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(actual > 2);
        Assert.That(System.Environment.GetEnvironmentVariable(""PATH""), Is.Not.Null);
    }
}", TestLibraries.NUnit4);

        [Fact]
        public Task User_class_named_Assert_is_not_the_framework() => Verify.VerifyAsync(@"
public static class Assert { public static void Equal(int expected, int actual) { } }
public class Tests
{
    public void Adds()
    {
        var x = 1;
        Assert.Equal(x, x);
    }
}", TestLibraries.XunitV2);

        [Fact]
        public Task Code_that_does_not_compile_does_not_crash_the_analyzer() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Broken()
    {
        var x = {|CS0103:Missing|}.Value;
        Assert.Equal(x, {|CS0103:y|});
        Assert.True({|CS0103:x2|} == {|CS0103:x2|});
    }
}", TestLibraries.XunitV2);
    }
}
