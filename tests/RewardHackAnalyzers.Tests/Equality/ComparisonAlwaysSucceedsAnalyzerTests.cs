using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Equality.ComparisonAlwaysSucceedsAnalyzer>;

namespace RewardHackAnalyzers.Tests.Equality
{
    public class ComparisonAlwaysSucceedsAnalyzerTests
    {
        private static DiagnosticResult Rh0003(int location, string method, string result, string type, string state) =>
            Verify.Diagnostic(Rules.RH0003_ComparisonAlwaysSucceeds).WithLocation(location).WithArguments(method, result, type, state);

        private const string Money = "public class Money { public decimal Amount { get; set; } public string Currency { get; set; } }";

        [Fact]
        public async Task Reports_an_equality_comparer_that_always_returns_true()
        {
            var source = Money + @"
public class LooseComparer : System.Collections.Generic.IEqualityComparer<Money>
{
    public bool {|#0:Equals|}(Money x, Money y) => true;
    public int GetHashCode(Money obj) => 0;
}";

            await Verify.VerifyAsync(source, Rh0003(0, "LooseComparer.Equals", "true", "Money", "2 fields (Amount, Currency)"));
        }

        [Fact]
        public async Task Reports_a_comparer_always_zero_including_explicit_and_base_class_implementations()
        {
            var source = "using System.Collections.Generic;\n" + Money + @"
public class ByNothing : IComparer<Money>
{
    int IComparer<Money>.{|#0:Compare|}(Money x, Money y) { return 0; }
}
public class SameHash : EqualityComparer<Money>
{
    public override bool {|#1:Equals|}(Money x, Money y) => !false;
    public override int GetHashCode(Money obj) => 1;
}";

            await Verify.VerifyAsync(
                source,
                Rh0003(0, "ByNothing.Compare", "0", "Money", "2 fields (Amount, Currency)"),
                Rh0003(1, "SameHash.Equals", "true", "Money", "2 fields (Amount, Currency)"));
        }

        [Fact]
        public async Task Reports_compare_to_always_zero()
        {
            var source = @"
using System;
public class Version : IComparable<Version>, IComparable
{
    public int Major, Minor;
    public int {|#0:CompareTo|}(Version other) => 0;
    int IComparable.{|#1:CompareTo|}(object obj) => obj is null ? throw new ArgumentNullException(nameof(obj)) : 0;
}";

            await Verify.VerifyAsync(
                source,
                Rh0003(0, "Version.CompareTo", "0", "Version", "2 fields (Major, Minor)"),
                Rh0003(1, "Version.CompareTo", "0", "Version", "2 fields (Major, Minor)"));
        }

        [Fact]
        public async Task Reports_a_comparer_of_a_built_in_value()
        {
            var source = @"
public class AnyText : System.Collections.Generic.IEqualityComparer<string>
{
    public bool {|#0:Equals|}(string x, string y) => true;
    public int GetHashCode(string obj) => 0;
}";

            await Verify.VerifyAsync(source, Rh0003(0, "AnyText.Equals", "true", "string", "a value"));
        }

        [Fact]
        public async Task Case_insensitive_comparer_is_silent()
        {
            var source = @"
using System;
using System.Collections.Generic;
public class IgnoreCase : IEqualityComparer<string>
{
    public bool Equals(string x, string y) => StringComparer.OrdinalIgnoreCase.Equals(x, y);
    public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj);
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Tolerance_comparer_is_silent()
        {
            var source = @"
using System;
using System.Collections.Generic;
public class Approximately : IEqualityComparer<double>, IComparer<double>
{
    public bool Equals(double a, double b) => Math.Abs(a - b) < 0.001;
    public int GetHashCode(double value) => 0;
    public int Compare(double a, double b) => Equals(a, b) ? 0 : a.CompareTo(b);
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Delegating_compare_to_is_silent()
        {
            var source = @"
using System;
public class Version : IComparable<Version>
{
    public int Major;
    public int CompareTo(Version other) => other is null ? 1 : Major.CompareTo(other.Major);
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Comparers_of_stateless_types_and_type_parameters_are_silent()
        {
            var source = @"
using System.Collections.Generic;
public struct Unit { }
public class UnitComparer : IEqualityComparer<Unit>, IComparer<Unit>
{
    public bool Equals(Unit x, Unit y) => true;
    public int GetHashCode(Unit obj) => 0;
    public int Compare(Unit x, Unit y) => 0;
}
public class Everything<T> : IEqualityComparer<T>
{
    public bool Equals(T x, T y) => true;
    public int GetHashCode(T obj) => 0;
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Abstract_comparers_are_silent()
        {
            var source = Money + @"
public abstract class MoneyComparer : System.Collections.Generic.IComparer<Money>
{
    public abstract int Compare(Money x, Money y);
}";

            await Verify.VerifyAsync(source);
        }
    }
}
