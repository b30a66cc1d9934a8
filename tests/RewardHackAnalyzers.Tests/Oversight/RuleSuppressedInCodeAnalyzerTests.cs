using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Analyzer = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Oversight.RuleSuppressedInCodeAnalyzer>;

namespace RewardHackAnalyzers.Tests.Oversight
{
    public class RuleSuppressedInCodeAnalyzerTests
    {
        // The harness's suppression check wraps the source in '#pragma warning disable RH0501' and expects silence; the
        // rule reports that pragma, and the report is not hidden by it (it sits before the directive takes effect).
        private static class Verify
        {
            public static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) => Analyzer.Diagnostic(descriptor);

            public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, TestLibraries.Net80, expected);

            public static Task VerifyAsync(string source, Microsoft.CodeAnalysis.Testing.ReferenceAssemblies references, params DiagnosticResult[] expected) =>
                Analyzer.VerifyAsync(source, references, TestBehaviors.SkipSuppressionCheck, expected);
        }

        private const string Pragma = "'#pragma warning disable'";

        private static DiagnosticResult Rh0501(int location, string how, string what) =>
            Verify.Diagnostic(Rules.RH0501_RuleSuppressedInCode).WithLocation(location).WithArguments(how, what);

        [Fact]
        public async Task Reports_each_rh_id_a_pragma_disables()
        {
            var source = @"
class Money
{
    public decimal Amount;
#pragma warning disable {|#0:RH0001|}, CS0618, {|#1:RH0002|} // the equality is fine
    public override bool Equals(object obj) => true;
    public override int GetHashCode() => 0;
#pragma warning restore RH0001, CS0618, RH0002
}";

            await Verify.VerifyAsync(source, Rh0501(0, Pragma, "RH0001"), Rh0501(1, Pragma, "RH0002"));
        }

        [Fact]
        public async Task Reports_a_pragma_that_disables_rh0501_itself()
        {
            // The diagnostic sits on the id inside the directive, before the directive takes effect, so the pragma
            // cannot hide the report of itself; it does hide RH0501 reports further down the file (see the docs).
            var source = @"
#pragma warning disable {|#0:RH0501|}
class Money { }";

            await Verify.VerifyAsync(source, Rh0501(0, Pragma, "RH0501"));
        }

        [Fact]
        public async Task Reports_a_bare_disable_in_a_file_with_xunit_tests()
        {
            var source = @"
using Xunit;
#pragma warning {|#0:disable|}
public class PriceTests
{
    [Fact]
    public void Total() => Assert.Equal(2, 1 + 1);
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0501(0, Pragma, "every warning in a file with tests"));
        }

        [Fact]
        public async Task Reports_test_integrity_checks_disabled_in_an_nunit_project()
        {
            var source = @"
using NUnit.Framework;
public class PriceTests
{
    [Test]
    public void Total()
    {
#pragma warning disable {|#0:NUnit2009|}, {|#1:CS0162|}, {|#2:S2699|}
        Assert.That(1, Is.EqualTo(1));
        return;
        Assert.That(2, Is.EqualTo(3));
#pragma warning restore NUnit2009, CS0162, S2699
    }
}";

            await Verify.VerifyAsync(
                source,
                TestLibraries.NUnit4,
                Rh0501(0, Pragma, "test-integrity check NUnit2009 in test code"),
                Rh0501(1, Pragma, "test-integrity check CS0162 in test code"),
                Rh0501(2, Pragma, "test-integrity check S2699 in test code"));
        }

        [Fact]
        public async Task Reports_a_numeric_pragma_for_unreachable_code_in_an_mstest_project()
        {
            var source = @"
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class PriceTests
{
    [TestMethod]
    public void Total()
    {
#pragma warning disable {|#0:162|}, {|#1:MSTEST0032|}
        return;
        Assert.AreEqual(2, 3);
    }
}";

            await Verify.VerifyAsync(
                source,
                TestLibraries.MSTest,
                Rh0501(0, Pragma, "test-integrity check CS0162 in test code"),
                Rh0501(1, Pragma, "test-integrity check MSTEST0032 in test code"));
        }

        [Theory]
        [InlineData("", "[SuppressMessage] without a justification")]
        [InlineData(", Justification = \"<Pending>\"", "[SuppressMessage] with the placeholder justification '<Pending>'")]
        [InlineData(", Justification = \"TODO: explain\"", "[SuppressMessage] with the placeholder justification 'TODO: explain'")]
        [InlineData(", Justification = \"ok\"", "[SuppressMessage] with the too-short justification 'ok'")]
        [InlineData(", Justification = \"   \"", "[SuppressMessage] without a justification")]
        public async Task Reports_a_suppress_message_for_an_rh_rule_without_a_real_justification(string justification, string how)
        {
            var source = @"
using System.Diagnostics.CodeAnalysis;
class Money
{
    public decimal Amount;
    [{|#0:SuppressMessage(""RiggedEquality"", ""RH0001:Equals always reports equal""" + justification + @")|}]
    public override bool Equals(object obj) => true;
    public override int GetHashCode() => 0;
}";

            await Verify.VerifyAsync(source, Rh0501(0, how, "RH0001"));
        }

        [Fact]
        public async Task Reports_an_assembly_level_suppression_in_global_suppressions()
        {
            var source = @"
[assembly: {|#0:System.Diagnostics.CodeAnalysis.SuppressMessage(""RiggedEquality"", ""RH0004"", Scope = ""module"")|}]
[assembly: {|#1:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute(""Usage"", ""xUnit1004:Test methods should not be skipped"", Justification = """")|}]
";

            await Verify.VerifyAsync(
                source,
                TestLibraries.XunitV2,
                Rh0501(0, "[SuppressMessage] without a justification", "RH0004"),
                Rh0501(1, "[SuppressMessage] without a justification", "test-integrity check xUnit1004 in test code"));
        }

        [Fact]
        public async Task Reports_an_unconditional_suppress_message_with_a_constant_id()
        {
            var source = @"
using System.Diagnostics.CodeAnalysis;
static class Ids { public const string Rigged = ""RH0003""; }
class Comparer
{
    [{|#0:UnconditionalSuppressMessage(""RiggedEquality"", Ids.Rigged)|}]
    public int Compare(int a, int b) => 0;
}";

            await Verify.VerifyAsync(source, Rh0501(0, "[SuppressMessage] without a justification", "RH0003"));
        }

        [Fact]
        public async Task Does_not_report_a_justified_suppression()
        {
            var source = @"
using System.Diagnostics.CodeAnalysis;
class Unit
{
    [SuppressMessage(""RiggedEquality"", ""RH0001"", Justification = ""Unit has one value: every instance is equal by design."")]
    public override bool Equals(object obj) => obj is Unit;
    public override int GetHashCode() => 0;
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Does_not_report_a_restore()
        {
            await Verify.VerifyAsync("#pragma warning restore RH0001\nclass C { }");
        }

        [Fact]
        public async Task Does_not_report_other_analyzers_suppressed_outside_test_projects()
        {
            var source = @"
#pragma warning disable CS0162, S2699, CA1822
class C
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage(""Usage"", ""xUnit1004"")]
    int M() { return 1; return 2; }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Does_not_report_style_suppressions_in_test_code()
        {
            var source = @"
using Xunit;
public class PriceTests
{
#pragma warning disable xUnit1026, CA1707, IDE0060
    [Theory]
    [InlineData(1)]
    public void Total_is_positive(int unused) => Assert.True(1 > 0);
#pragma warning restore xUnit1026, CA1707, IDE0060
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Does_not_report_a_bare_disable_in_a_file_without_tests()
        {
            var source = @"
using Xunit;
#pragma warning disable
public static class Fixtures
{
    public static int[] Prices() => new[] { 1, 2 };
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task Does_not_report_a_look_alike_attribute_or_an_id_that_merely_starts_with_rh()
        {
            var source = @"
using System;
[AttributeUsage(AttributeTargets.All)]
class SuppressMessageAttribute : Attribute { public SuppressMessageAttribute(string a, string b) { } }
class C
{
#pragma warning disable RHINO1
    [SuppressMessage(""RiggedEquality"", ""RH0001"")]
    void M() { }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Survives_broken_code()
        {
            var source = @"
#pragma warning disable {|#0:RH0001|},
[System.Diagnostics.CodeAnalysis.SuppressMessage(
class C { [System.Diagnostics.CodeAnalysis.SuppressMessage(""RiggedEquality"", Missing)] void M() { } }";

            await Verify.VerifyAsync(
                source,
                Rh0501(0, Pragma, "RH0001"),
                DiagnosticResult.CompilerError("CS7036").WithSpan(3, 2, 4, 1).WithArguments("category", "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute.SuppressMessageAttribute(string, string)"),
                DiagnosticResult.CompilerError("CS1003").WithSpan(3, 50, 3, 50).WithArguments("]"),
                DiagnosticResult.CompilerError("CS1026").WithSpan(3, 50, 3, 50),
                DiagnosticResult.CompilerError("CS0103").WithSpan(4, 78, 4, 85).WithArguments("Missing"));
        }
    }
}
