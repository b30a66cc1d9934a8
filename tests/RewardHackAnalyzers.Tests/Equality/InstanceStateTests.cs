using System.Linq;
using System.Threading.Tasks;
using RewardHackAnalyzers.Equality;

namespace RewardHackAnalyzers.Tests.Equality
{
    public class InstanceStateTests
    {
        private static async Task<string> DescribeAsync(string source, string typeName)
        {
            var compiled = await Compiled.FromAsync(source);
            return InstanceState.Describe(InstanceState.Of(compiled.Type(typeName)));
        }

        [Fact]
        public async Task Counts_fields_and_auto_properties_but_not_static_const_events_or_computed_properties()
        {
            var source = @"
using System;
class Money
{
    private static int created;
    private const int Scale = 2;
    private readonly decimal amount;
    public string Currency { get; set; } = """";
    public decimal Rounded => Math.Round(amount, Scale);
    public event EventHandler? Changed;
    public Money(decimal amount) { this.amount = amount; created++; Changed?.Invoke(this, EventArgs.Empty); }
}";

            Assert.Equal("2 fields (amount, Currency)", await DescribeAsync(source, "Money"));
        }

        [Fact]
        public async Task Includes_state_inherited_from_source_base_types_after_the_own_state()
        {
            var source = @"
class Entity { public int Id { get; init; } }
class Order : Entity { public decimal Total; }";

            Assert.Equal("2 fields (Total, Id)", await DescribeAsync(source, "Order"));
        }

        [Fact]
        public async Task Declared_by_excludes_inherited_state()
        {
            var compiled = await Compiled.FromAsync("class Entity { public int Id; } class Order : Entity { public decimal Total; }");

            Assert.Equal("Total", Assert.Single(InstanceState.DeclaredBy(compiled.Type("Order"))).Name);
        }

        [Fact]
        public async Task Counts_captured_primary_constructor_parameters_but_not_ones_only_used_by_initialisers()
        {
            var source = @"
class Account(string owner, decimal limit, int seed)
{
    private readonly int start = seed;
    public string Owner => owner;
    public bool Allows(decimal amount) => amount <= limit;
}";

            Assert.Equal("3 fields (start, owner, limit)", await DescribeAsync(source, "Account"));
        }

        [Fact]
        public async Task Record_positional_parameters_are_state()
        {
            Assert.Equal("2 fields (X, Y)", await DescribeAsync("record Point(int X, int Y);", "Point"));
            Assert.Equal("1 field (Name)", await DescribeAsync("record struct Tag(string Name);", "Tag"));
        }

        [Theory]
        [InlineData("struct Unit { }", "Unit")]
        [InlineData("record Marker;", "Marker")]
        [InlineData("class Registry { private static int count; public const string Name = \"r\"; public static int Next() => ++count; }", "Registry")]
        public async Task Stateless_types_have_no_state(string source, string typeName)
        {
            var compiled = await Compiled.FromAsync(source);

            Assert.Empty(InstanceState.Of(compiled.Type(typeName)));
        }

        [Fact]
        public async Task Lists_at_most_four_names()
        {
            Assert.Equal("6 fields (A, B, C, D, …)", await DescribeAsync("class Wide { public int A, B, C, D, E, F; }", "Wide"));
        }

        [Fact]
        public async Task A_built_in_value_type_is_its_own_state()
        {
            var compiled = await Compiled.FromAsync("class C { }");
            var state = InstanceState.Of(compiled.Compilation.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_String));

            Assert.Equal("a value", InstanceState.Describe(state));
            Assert.Empty(InstanceState.Of(compiled.Compilation.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_Object)));
        }
    }
}
