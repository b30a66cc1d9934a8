using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Equality.RiggedAssertionComparerAnalyzer>;

namespace RewardHackAnalyzers.Tests.Equality
{
    /// <summary>Legitimate code that looks like RH0004's shape: each must stay silent.</summary>
    public class RiggedAssertionComparerNegativeTests
    {
        [Fact]
        public Task Case_insensitive_comparer_from_the_base_library() => Verify.VerifyAsync(@"
using System;
using Xunit;
public class Tests
{
    [Fact]
    public void Names() => Assert.Equal(""Ada"", ""ADA"", StringComparer.OrdinalIgnoreCase);
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Tolerance_comparer_declared_in_source() => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using Xunit;
public class Tolerance : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) < 0.001;
    public int GetHashCode(double d) => 0;
}
public class Tests
{
    [Fact]
    public void Close() => Assert.Equal(0.1 + 0.2, 0.3, new Tolerance());
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Comparer_lambda_that_compares() => Verify.VerifyAsync(@"
using Xunit;
public class Order { public int Id; }
public class Tests
{
    [Fact]
    public void Same() => Assert.Equal(new Order { Id = 3 }, new Order { Id = 3 }, (a, b) => a.Id == b.Id);
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task All_with_an_inspector_that_asserts() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Positive() => Assert.All(new[] { 1, 2 }, i => Assert.True(i > 0));
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Contains_with_a_predicate_that_tests_the_element() => Verify.VerifyAsync(@"
using Xunit;
public class Order { public int Id; }
public class Tests
{
    [Fact]
    public void Present() => Assert.Contains(new[] { new Order { Id = 3 } }, i => i.Id == 3);
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Excluding_one_member_from_equivalency() => Verify.VerifyAsync(@"
using FluentAssertions;
public class Order { public int Id { get; set; } public System.DateTime Timestamp { get; set; } }
public class Tests
{
    [Xunit.Fact]
    public void Same() => new Order { Id = 1 }.Should().BeEquivalentTo(new Order { Id = 1 }, o => o.Excluding(x => x.Timestamp));
}",
            TestLibraries.FluentAssertions);

        [Fact]
        public Task Close_to_assertion_for_date_members() => Verify.VerifyAsync(@"
using System;
using FluentAssertions;
public class Order { public int Id { get; set; } public DateTime Timestamp { get; set; } }
public class Tests
{
    [Xunit.Fact]
    public void Same() => new Order { Id = 1 }.Should().BeEquivalentTo(new Order { Id = 1 }, o => o
        .Using<DateTime>(ctx => ctx.Subject.Should().BeCloseTo(ctx.Expectation, TimeSpan.FromSeconds(1)))
        .WhenTypeIs<DateTime>());
}",
            TestLibraries.FluentAssertions);

        [Fact]
        public Task User_class_named_Assert_is_not_the_framework() => Verify.VerifyAsync(@"
using System.Collections.Generic;
namespace MyTests
{
    public static class Assert
    {
        public static void Equal<T>(T expected, T actual, IEqualityComparer<T> comparer) { }
        public static void All<T>(IEnumerable<T> items, System.Action<T> inspect) { }
    }
    public class AnyInt : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => true;
        public int GetHashCode(int o) => 0;
    }
    public class Tests
    {
        [Xunit.Fact]
        public void Same()
        {
            Assert.Equal(1, 2, new AnyInt());
            Assert.All(new[] { 1 }, _ => { });
        }
    }
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Comparer_from_metadata() => Verify.VerifyAsync(@"
using System.Collections.Generic;
using Xunit;
public class Tests
{
    [Fact]
    public void Same()
    {
        Assert.Equal(1, 1, EqualityComparer<int>.Default);
        Assert.InRange(5, 1, 10, Comparer<int>.Default);
    }
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Comparer_through_an_interface_typed_variable_is_not_guessed() => Verify.VerifyAsync(@"
using System.Collections.Generic;
using Xunit;
public class AnyInt : IEqualityComparer<int>
{
    public bool Equals(int x, int y) => true;
    public int GetHashCode(int o) => 0;
}
public class Tests
{
    private readonly IEqualityComparer<int> comparer = EqualityComparer<int>.Default;

    [Fact]
    public void Same() => Assert.Equal(1, 1, comparer);
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Lambdas_outside_assertions_are_ignored() => Verify.VerifyAsync(@"
using System.Collections.Generic;
using System.Linq;
public class Catalog
{
    public bool AnyItem(IEnumerable<int> items) => items.Any(_ => true);
    public IEqualityComparer<int> Loose() => EqualityComparer<int>.Create((a, b) => true);
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Code_that_does_not_compile_does_not_crash_the_analyzer() => Verify.VerifyAsync(@"
using Xunit;
public class Tests
{
    [Fact]
    public void Broken()
    {
        Assert.Equal(1, 2, new {|#0:Missing|}());
        Assert.All(new[] { 1 }, _ => {
    }
}{|#1:|}",
            TestLibraries.XunitV2,
            DiagnosticResult.CompilerError("CS0246").WithLocation(0).WithArguments("Missing"),
            DiagnosticResult.CompilerError("CS1026").WithSpan(10, 6, 10, 6),
            DiagnosticResult.CompilerError("CS1002").WithSpan(10, 6, 10, 6),
            DiagnosticResult.CompilerError("CS1513").WithLocation(1));
    }
}
