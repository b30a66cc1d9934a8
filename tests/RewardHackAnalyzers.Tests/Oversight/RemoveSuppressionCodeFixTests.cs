using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Fix = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<RewardHackAnalyzers.Oversight.RuleSuppressedInCodeAnalyzer, RewardHackAnalyzers.CodeFixes.Oversight.RemoveSuppressionCodeFix>;

namespace RewardHackAnalyzers.Tests.Oversight
{
    public class RemoveSuppressionCodeFixTests
    {
        private const string Pragma = "'#pragma warning disable'";

        private static DiagnosticResult Rh0501(int location, string how, string what) =>
            Fix.Diagnostic(Rules.RH0501_RuleSuppressedInCode).WithLocation(location).WithArguments(how, what);

        // The harness's own suppression check adds a pragma this rule reports (see RuleSuppressedInCodeAnalyzerTests).
        private static Task VerifyFixAsync(string source, ReferenceAssemblies references, DiagnosticResult[] expected, string fixedSource) =>
            Fix.VerifyFixAsync(source, references, TestBehaviors.SkipSuppressionCheck, expected, fixedSource);

        [Fact]
        public async Task Removes_the_pragma_pair_that_names_only_an_rh_rule()
        {
            var source = @"
class Money
{
    public decimal Amount;
#pragma warning disable {|#0:RH0001|} // equal enough
    public override bool Equals(object obj) => Amount > 0;
#pragma warning restore RH0001
    public override int GetHashCode() => 0;
}";
            var fixedSource = @"
class Money
{
    public decimal Amount;
    public override bool Equals(object obj) => Amount > 0;
    public override int GetHashCode() => 0;
}";

            await VerifyFixAsync(source, TestLibraries.Net80, new[] { Rh0501(0, Pragma, "RH0001") }, fixedSource);
        }

        [Fact]
        public async Task Keeps_the_other_ids_of_the_directive_and_of_its_restore()
        {
            var source = @"
class C
{
#pragma warning disable CS0618, {|#0:RH0002|}, {|#1:RH0001|} // legacy
    public int M() => 1;
#pragma warning restore CS0618, RH0002, RH0001
}";
            var fixedSource = @"
class C
{
#pragma warning disable CS0618 // legacy
    public int M() => 1;
#pragma warning restore CS0618
}";

            await VerifyFixAsync(source, TestLibraries.Net80, new[] { Rh0501(0, Pragma, "RH0002"), Rh0501(1, Pragma, "RH0001") }, fixedSource);
        }

        [Fact]
        public async Task Removes_a_bare_disable_and_its_restore_in_a_test_file()
        {
            var source = @"
using Xunit;
public class PriceTests
{
#pragma warning {|#0:disable|}
    [Fact]
    public void Total() => Assert.Equal(2, 1 + 1);
#pragma warning restore
}";
            var fixedSource = @"
using Xunit;
public class PriceTests
{
    [Fact]
    public void Total() => Assert.Equal(2, 1 + 1);
}";

            await VerifyFixAsync(source, TestLibraries.XunitV2, new[] { Rh0501(0, Pragma, "every warning in a file with tests") }, fixedSource);
        }

        [Fact]
        public async Task Removes_a_suppress_message_attribute_and_keeps_its_neighbours()
        {
            var source = @"
using System;
using System.Diagnostics.CodeAnalysis;
class Money
{
    public decimal Amount;
    [{|#0:SuppressMessage(""RiggedEquality"", ""RH0001"")|}]
    public override bool Equals(object obj) => Amount > 0;
    [Obsolete, {|#1:SuppressMessage(""RiggedEquality"", ""RH0003"", Justification = ""<Pending>"")|}]
    public int CompareTo(Money other) => 0;
    public override int GetHashCode() => 0;
}";
            var fixedSource = @"
using System;
using System.Diagnostics.CodeAnalysis;
class Money
{
    public decimal Amount;
    public override bool Equals(object obj) => Amount > 0;
    [Obsolete]
    public int CompareTo(Money other) => 0;
    public override int GetHashCode() => 0;
}";

            await VerifyFixAsync(
                source,
                TestLibraries.Net80,
                new[]
                {
                    Rh0501(0, "[SuppressMessage] without a justification", "RH0001"),
                    Rh0501(1, "[SuppressMessage] with the placeholder justification '<Pending>'", "RH0003"),
                },
                fixedSource);
        }
    }
}
