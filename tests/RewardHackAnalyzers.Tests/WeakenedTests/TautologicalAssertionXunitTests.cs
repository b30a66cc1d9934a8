using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.WeakenedTests.TautologicalAssertionAnalyzer>;

namespace RewardHackAnalyzers.Tests.WeakenedTests
{
    /// <summary>RH0401 on xUnit v2 and v3: self-comparison, equal constants, conditions that cannot be false, not-null and type checks that cannot fail.</summary>
    public class TautologicalAssertionXunitTests
    {
        public static TheoryData<string> Xunit => new() { nameof(TestLibraries.XunitV2), nameof(TestLibraries.XunitV3) };

        internal static DiagnosticResult Expected(int location, string assertion, string why) =>
            Verify.Diagnostic(Rules.RH0401_TautologicalAssertion).WithLocation(location).WithArguments(assertion, why);

        private static ReferenceAssemblies Libraries(string name) =>
            (ReferenceAssemblies)typeof(TestLibraries).GetProperty(name)!.GetValue(null)!;

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Equal_compares_a_local_with_itself(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class PriceTests
{
    [Fact]
    public void Total()
    {
        var total = Price.Of(3) + 4;
        {|#0:Assert.Equal(total, total)|};
    }
}
public static class Price { public static int Of(int n) => n * 2; }",
            Libraries(libraries),
            Expected(0, "Assert.Equal", "it compares 'total' with itself"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Equal_compares_a_member_chain_with_itself_and_Same_too(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Order { public Order? Parent; public int Count; }
public class OrderTests
{
    [Fact]
    public void Counts()
    {
        var order = new Order { Count = 2 };
        {|#0:Assert.Equal(order.Count, order.Count)|};
        {|#1:Assert.Same(order, order)|};
        {|#2:Assert.StrictEqual(this.Field, this.Field)|};
    }
    private readonly int Field = 3;
}",
            Libraries(libraries),
            Expected(0, "Assert.Equal", "it compares 'order.Count' with itself"),
            Expected(1, "Assert.Same", "it compares 'order' with itself"),
            Expected(2, "Assert.StrictEqual", "it compares 'this.Field' with itself"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Equal_of_two_equal_constants(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    private const int Expected = 42;
    [Fact]
    public void Answer()
    {
        {|#0:Assert.Equal(1, 1)|};
        {|#1:Assert.Equal(Expected, 42)|};
        {|#2:Assert.Equal(""ok"", ""ok"")|};
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.Equal", "it compares two equal constants"),
            Expected(1, "Assert.Equal", "it compares two equal constants"),
            Expected(2, "Assert.Equal", "it compares two equal constants"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task True_and_False_of_conditions_that_cannot_change(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Conditions()
    {
        var ready = System.Environment.ProcessorCount > 0;
        var name = System.Environment.MachineName;
        {|#0:Assert.True(ready || !ready)|};
        {|#1:Assert.False(ready && !ready)|};
        {|#2:Assert.True(name == name)|};
        {|#3:Assert.True(name.Equals(name))|};
        {|#4:Assert.False(name != name)|};
        {|#5:Assert.True(1 == 1)|};
        {|#6:Assert.True(ReferenceEquals(name, name))|};
        {|#7:Assert.True(!(name != name))|};
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.True", "the condition 'ready || !ready' is always true"),
            Expected(1, "Assert.False", "the condition 'ready && !ready' is always false"),
            Expected(2, "Assert.True", "the condition 'name == name' is always true"),
            Expected(3, "Assert.True", "the condition 'name.Equals(name)' is always true"),
            Expected(4, "Assert.False", "the condition 'name != name' is always false"),
            Expected(5, "Assert.True", "the condition '1 == 1' is always true"),
            Expected(6, "Assert.True", "the condition 'ReferenceEquals(name, name)' is always true"),
            Expected(7, "Assert.True", "the condition '!(name != name)' is always true"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task NotNull_of_a_fresh_object_or_a_value_type(string libraries) => Verify.VerifyAsync(@"
using System.Collections.Generic;
using Xunit;
public class Calculator { }
public class Tests
{
    [Fact]
    public void Creates()
    {
        var count = new List<int>().Count;
        {|#0:Assert.NotNull(new Calculator())|};
        {|#1:Assert.NotNull(count)|};
        {|#2:Assert.NotNull(""text"")|};
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.NotNull", "'new Calculator()' is a new object and never null"),
            Expected(1, "Assert.NotNull", "'count' is a value of type 'int' and never null"),
            Expected(2, "Assert.NotNull", "'\"text\"' is never null"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Type_checks_of_a_fresh_object_against_its_own_type_or_object(string libraries) => Verify.VerifyAsync(@"
using Xunit;
public class Calculator { }
public class Tests
{
    [Fact]
    public void Types()
    {
        {|#0:Assert.IsType<Calculator>(new Calculator())|};
        {|#1:Assert.IsAssignableFrom<object>(new Calculator())|};
        {|#2:Assert.IsType<int>(5 + System.Environment.ProcessorCount)|};
    }
}",
            Libraries(libraries),
            Expected(0, "Assert.IsType", "'new Calculator()' is always a 'Calculator'"),
            Expected(1, "Assert.IsAssignableFrom", "'new Calculator()' is always a 'object'"),
            Expected(2, "Assert.IsType", "'5 + System.Environment.ProcessorCount' is always a 'int'"));
    }
}
