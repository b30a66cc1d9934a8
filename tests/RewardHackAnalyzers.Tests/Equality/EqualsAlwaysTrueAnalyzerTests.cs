using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Equality.EqualsAlwaysTrueAnalyzer>;

namespace RewardHackAnalyzers.Tests.Equality
{
    public class EqualsAlwaysTrueAnalyzerTests
    {
        private static DiagnosticResult Rh0001(string type, string evidence, string state) =>
            Verify.Diagnostic(Rules.RH0001_EqualsAlwaysTrue).WithLocation(0).WithArguments(type, evidence, state);

        private const string AlwaysTrue = "always returns true";

        [Theory]
        [InlineData("public override bool {|#0:Equals|}(object obj) => true;")]
        [InlineData("public override bool {|#0:Equals|}(object obj) { return true; }")]
        [InlineData("public override bool {|#0:Equals|}(object obj) => !false;")]
        [InlineData("public override bool {|#0:Equals|}(object obj) => 1 == 1;")]
        [InlineData("public override bool {|#0:Equals|}(object obj) => true || obj is Money;")]
        [InlineData("public override bool {|#0:Equals|}(object obj) => obj is null ? true : true;")]
        public async Task Reports_an_object_equals_override_that_always_returns_true(string equals)
        {
            var source = "class Money { public decimal Amount { get; set; } public string Currency; " + equals + " }";

            await Verify.VerifyAsync(source, Rh0001("Money", AlwaysTrue, "2 fields (Amount, Currency)"));
        }

        [Fact]
        public async Task Reports_equals_that_never_reads_its_argument_and_can_return_true()
        {
            var source = @"
class Order
{
    public int Id;
    public override bool {|#0:Equals|}(object obj) => Id > 0;
}";

            await Verify.VerifyAsync(source, Rh0001("Order", "never reads its argument", "1 field (Id)"));
        }

        [Fact]
        public async Task Reports_iequatable_equals_on_a_struct()
        {
            var source = @"
using System;
struct Point : IEquatable<Point>
{
    public int X, Y;
    public bool {|#0:Equals|}(Point other) => true;
}";

            await Verify.VerifyAsync(source, Rh0001("Point", AlwaysTrue, "2 fields (X, Y)"));
        }

        [Fact]
        public async Task Reports_an_explicit_iequatable_implementation()
        {
            var source = @"
using System;
class Sku : IEquatable<Sku>
{
    public string Code;
    bool IEquatable<Sku>.{|#0:Equals|}(Sku other) { return true; }
}";

            await Verify.VerifyAsync(source, Rh0001("Sku", AlwaysTrue, "1 field (Code)"));
        }

        [Fact]
        public async Task Reports_a_user_written_record_equals()
        {
            var source = @"
#nullable enable
record Person(string Name, int Age)
{
    public virtual bool {|#0:Equals|}(Person? other) => true;
    public override int GetHashCode() => Name.GetHashCode();
}";

            await Verify.VerifyAsync(source, Rh0001("Person", AlwaysTrue, "2 fields (Name, Age)"));
        }

        [Fact]
        public async Task Reports_a_class_whose_state_is_inherited()
        {
            var source = @"
class Entity { public int Id { get; set; } }
class Customer : Entity
{
    public override bool {|#0:Equals|}(object obj) => true;
}";

            await Verify.VerifyAsync(source, Rh0001("Customer", AlwaysTrue, "1 field (Id)"));
        }

        [Fact]
        public async Task Reports_a_class_whose_state_is_a_captured_primary_constructor_parameter()
        {
            var source = @"
class Temperature(double celsius)
{
    public double Fahrenheit => celsius * 9 / 5 + 32;
    public override bool {|#0:Equals|}(object obj) => true;
}";

            await Verify.VerifyAsync(source, Rh0001("Temperature", AlwaysTrue, "1 field (celsius)"));
        }

        [Fact]
        public async Task Adds_a_constant_get_hash_code_as_additional_location()
        {
            var source = @"
class Money
{
    public decimal Amount;
    public override bool {|#0:Equals|}(object obj) => true;
    public override int {|#1:GetHashCode|}() => 42;
}";

            await Verify.VerifyAsync(source, Rh0001("Money", AlwaysTrue, "1 field (Amount)").WithLocation(1));
        }

        [Fact]
        public async Task A_hashing_get_hash_code_is_not_an_additional_location()
        {
            var source = @"
class Money
{
    public decimal Amount;
    public override bool {|#0:Equals|}(object obj) => true;
    public override int GetHashCode() => Amount.GetHashCode();
}";

            await Verify.VerifyAsync(source, Rh0001("Money", AlwaysTrue, "1 field (Amount)"));
        }

        [Fact]
        public async Task Lists_at_most_four_state_names()
        {
            var source = @"
class Address
{
    public string Street, City, Zip, Country, Region;
    public override bool {|#0:Equals|}(object obj) => true;
}";

            await Verify.VerifyAsync(source, Rh0001("Address", AlwaysTrue, "5 fields (Street, City, Zip, Country, …)"));
        }

        [Fact]
        public async Task Reports_both_equals_of_one_type()
        {
            var source = @"
using System;
class Money : IEquatable<Money>
{
    public decimal Amount;
    public bool {|#0:Equals|}(Money other) => true;
    public override bool {|#1:Equals|}(object obj) => true;
}";

            await Verify.VerifyAsync(
                source,
                Rh0001("Money", AlwaysTrue, "1 field (Amount)"),
                Verify.Diagnostic(Rules.RH0001_EqualsAlwaysTrue).WithLocation(1).WithArguments("Money", AlwaysTrue, "1 field (Amount)"));
        }

        [Theory]
        [InlineData("struct Unit { public override bool Equals(object obj) => obj is Unit; public override int GetHashCode() => 0; }")]
        [InlineData("struct Unit : System.IEquatable<Unit> { public bool Equals(Unit other) => true; }")]
        [InlineData("record Marker { public virtual bool Equals(Marker other) => true; public override int GetHashCode() => 0; }")]
        [InlineData("class NullLogger { public static readonly NullLogger Instance = new NullLogger(); public override bool Equals(object obj) => true; public override int GetHashCode() => 1; }")]
        [InlineData("class Constants { public const int Max = 3; private static int count; public static int Next() => ++count; public override bool Equals(object obj) => true; public override int GetHashCode() => 7; }")]
        public async Task Stateless_types_may_treat_all_instances_as_equal(string source)
        {
            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Normal_value_equality_is_silent()
        {
            var source = @"
using System;
class Money : IEquatable<Money>
{
    public decimal Amount { get; set; }
    public string Currency { get; set; }
    public bool Equals(Money other) => other is not null && Amount == other.Amount && Currency == other.Currency;
    public override bool Equals(object obj) => Equals(obj as Money);
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Type_test_equality_is_silent()
        {
            await Verify.VerifyAsync("class Foo { public int Id; public override bool Equals(object obj) => obj is Foo; public override int GetHashCode() => 0; }");
        }

        [Fact]
        public async Task Reference_equality_is_silent()
        {
            await Verify.VerifyAsync("class Node { public int Id; public override bool Equals(object obj) => ReferenceEquals(this, obj); public override int GetHashCode() => Id; }");
        }

        [Fact]
        public async Task Equals_that_throws_not_supported_is_silent()
        {
            var source = @"
class Handle
{
    public int Value;
    public override bool Equals(object obj) => throw new System.NotSupportedException();
    public override int GetHashCode() => throw new System.NotSupportedException();
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Abstract_and_extern_equals_are_silent()
        {
            var source = @"
abstract class Shape : System.IEquatable<Shape>
{
    public int Sides;
    public abstract bool Equals(Shape other);
}
class Native
{
    public int Handle;
    [System.Runtime.InteropServices.DllImport(""native"")]
    public static extern bool Equals(Native other, int flags);
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task An_unrelated_equals_overload_is_silent()
        {
            await Verify.VerifyAsync("class Range { public int Low; public bool Equals(int value) => true; }");
        }

        [Fact]
        public async Task Broken_code_does_not_crash()
        {
            var source = @"
class Money
{
    public decimal Amount;
    public override bool Equals(object obj)
    public override bool Equals(object obj) => ;
}";

            await Verify.VerifyAsync(
                source,
                DiagnosticResult.CompilerError("CS0501").WithSpan(5, 26, 5, 32).WithArguments("Money.Equals(object)"),
                DiagnosticResult.CompilerError("CS1002").WithSpan(5, 44, 5, 44),
                DiagnosticResult.CompilerError("CS0111").WithSpan(6, 26, 6, 32).WithArguments("Equals", "Money"),
                DiagnosticResult.CompilerError("CS1525").WithSpan(6, 48, 6, 49).WithArguments(";"));
        }
    }
}
