using System.Threading;
using System.Threading.Tasks;
using RewardHackAnalyzers.Equality;

namespace RewardHackAnalyzers.Tests.Equality
{
    public class RiggedComparersTests
    {
        private const string Types = @"
using System;
using System.Collections.Generic;
public class Money { public decimal Amount; }
public class LooseComparer : IEqualityComparer<Money>
{
    public bool Equals(Money? x, Money? y) => true;
    public int GetHashCode(Money m) => 0;
}
public class ExplicitComparer : IComparer<Money>
{
    int IComparer<Money>.Compare(Money? x, Money? y) { return 0; }
}
public class DerivedLoose : EqualityComparer<Money>
{
    public override bool Equals(Money? x, Money? y) => !false;
    public override int GetHashCode(Money m) => 0;
}
public class HonestOverride : DerivedLoose
{
    public override bool Equals(Money? x, Money? y) => x?.Amount == y?.Amount;
}
public class Version : IComparable<Version>
{
    public int Major;
    public int CompareTo(Version? other) => 0;
}
public class AlwaysEqual : IEquatable<AlwaysEqual>
{
    public int Id;
    public bool Equals(AlwaysEqual? other) => true;
}
public class CaseInsensitive : IEqualityComparer<string>
{
    public bool Equals(string? x, string? y) => StringComparer.OrdinalIgnoreCase.Equals(x, y);
    public int GetHashCode(string s) => StringComparer.OrdinalIgnoreCase.GetHashCode(s);
}
public class Tolerance : IComparer<double>
{
    public int Compare(double a, double b) => Math.Abs(a - b) < 0.001 ? 0 : a.CompareTo(b);
}
public class Delegating : IComparable<Delegating>
{
    public int Major;
    public int CompareTo(Delegating? other) => Major.CompareTo(other?.Major ?? 0);
}
public class Plain { public int Id; }
";

        [Theory]
        [InlineData("LooseComparer", true)]
        [InlineData("ExplicitComparer", true)]
        [InlineData("DerivedLoose", true)]
        [InlineData("Version", true)]
        [InlineData("AlwaysEqual", true)]
        [InlineData("HonestOverride", false)]
        [InlineData("CaseInsensitive", false)]
        [InlineData("Tolerance", false)]
        [InlineData("Delegating", false)]
        [InlineData("Plain", false)]
        public async Task Recognises_comparisons_that_always_succeed(string typeName, bool expected)
        {
            var compiled = await Compiled.FromAsync(Types);

            Assert.Equal(expected, RiggedComparers.AlwaysSucceeds(compiled.Type(typeName), compiled.Compilation, CancellationToken.None));
        }

        [Fact]
        public async Task Metadata_comparers_are_not_judged()
        {
            var compiled = await Compiled.FromAsync(Types);

            Assert.False(RiggedComparers.AlwaysSucceeds(compiled.Type("System.StringComparer"), compiled.Compilation, CancellationToken.None));
        }
    }
}
