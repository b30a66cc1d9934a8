using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    /// <summary>The test-model additions for the WeakenedTests rules: expected outcomes, smoke-test names, skips, tracking references, commented assertions.</summary>
    public class WeakenedTestsModelTests
    {
        [Theory]
        [InlineData("see https://github.com/acme/calc/issues/12", "https://github.com/acme/calc/issues/12")]
        [InlineData("Broken until #123 is fixed", "#123")]
        [InlineData("CALC-42: rounding", "CALC-42")]
        [InlineData("blocked by bug 311", "bug 311")]
        [InlineData("Issue #7", "Issue #7")]
        public void A_reason_citing_a_tracking_reference_is_tracked(string reason, string reference) =>
            Assert.Equal(reference, TrackingReferences.Find(reason));

        [Theory]
        [InlineData("flaky")]
        [InlineData("TODO")]
        [InlineData("fails on utf-8 input")]
        [InlineData("C# 12 only")]
        [InlineData("")]
        [InlineData(null)]
        public void A_generic_or_missing_reason_is_not_tracked(string? reason) =>
            Assert.Null(TrackingReferences.Find(reason));

        [Fact]
        public async Task Expected_exception_and_expected_result_are_expected_outcomes()
        {
            var mstest = await TestCompilation.CompileAsync(TestLibraries.MSTest, """
                using Microsoft.VisualStudio.TestTools.UnitTesting;
                [TestClass]
                public class Tests
                {
                    [TestMethod, ExpectedException(typeof(System.InvalidOperationException))] public void Throws() { }
                    [TestMethod] public void Plain() { }
                }
                """);
            var nunit = await TestCompilation.CompileAsync(TestLibraries.NUnit4, """
                using NUnit.Framework;
                public class Tests
                {
                    [Test(ExpectedResult = 1)] public int One() => 1;
                    [TestCase(1, ExpectedResult = 2)] public int Twice(int n) => n * 2;
                    [TestCaseSource(nameof(Cases))] public int FromSource(int n) => n;
                    [TestCaseSource(nameof(Cases))] public void VoidFromSource(int n) { }
                    [Test] public void Plain() { }
                    private static object[] Cases => new object[] { 1 };
                }
                """);

            Assert.True(mstest.Model().DeclaresExpectedOutcome(mstest.Method("Tests", "Throws")));
            Assert.False(mstest.Model().DeclaresExpectedOutcome(mstest.Method("Tests", "Plain")));
            Assert.True(nunit.Model().DeclaresExpectedOutcome(nunit.Method("Tests", "One")));
            Assert.True(nunit.Model().DeclaresExpectedOutcome(nunit.Method("Tests", "Twice")));
            Assert.True(nunit.Model().DeclaresExpectedOutcome(nunit.Method("Tests", "FromSource")));
            Assert.False(nunit.Model().DeclaresExpectedOutcome(nunit.Method("Tests", "VoidFromSource")));
            Assert.False(nunit.Model().DeclaresExpectedOutcome(nunit.Method("Tests", "Plain")));
        }

        [Fact]
        public async Task Smoke_tests_are_named_by_convention_or_by_the_option()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                using Xunit;
                public class Tests
                {
                    [Fact] public void Parse_DoesNotThrow() { }
                    [Fact] public void parse_doesnt_throw() { }
                    [Fact] public void Startup_Smoke() { }
                    [Fact] public void Survives_load() { }
                    [Fact] public void Parses() { }
                }
                """);
            var plain = compilation.Model();

            // The model is cached per compilation, so options need a compilation of their own.
            var configured = TestModel.For(
                compilation.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Other { }")),
                TestAnalyzerConfigOptionsProvider.Global(TestModel.SmokeTestNamePatternOption, "^Survives_"));
            var other = configured.Compilation;

            Assert.True(plain.IsNamedSmokeTest(compilation.Method("Tests", "Parse_DoesNotThrow"), default));
            Assert.True(plain.IsNamedSmokeTest(compilation.Method("Tests", "parse_doesnt_throw"), default));
            Assert.True(plain.IsNamedSmokeTest(compilation.Method("Tests", "Startup_Smoke"), default));
            Assert.False(plain.IsNamedSmokeTest(compilation.Method("Tests", "Survives_load"), default));
            Assert.False(plain.IsNamedSmokeTest(compilation.Method("Tests", "Parses"), default));
            Assert.True(configured.IsNamedSmokeTest(Method(other, "Survives_load"), default));
            Assert.False(configured.IsNamedSmokeTest(Method(other, "Parses"), default));
        }

        [Fact]
        public async Task An_invalid_smoke_test_pattern_names_nothing()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public class Tests { [Xunit.Fact] public void Parses() { } [Xunit.Fact] public void Parse_NoThrow() { } }
                """);
            var model = TestModel.For(
                compilation.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Other { }")),
                TestAnalyzerConfigOptionsProvider.Global(TestModel.SmokeTestNamePatternOption, "(unclosed"));

            Assert.False(model.IsNamedSmokeTest(Method(model.Compilation, "Parses"), default));
            Assert.True(model.IsNamedSmokeTest(Method(model.Compilation, "Parse_NoThrow"), default));
        }

        [Fact]
        public async Task Skips_are_found_by_symbol_with_their_reasons()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.NUnit4, """
                using NUnit.Framework;
                public sealed class LaterAttribute : IgnoreAttribute { public LaterAttribute() : base("later") { } }
                public class Tests
                {
                    [Test, Ignore("flaky")] public void Ignored() { }
                    [Test, Later] public void Derived() { }
                    [Test, Explicit] public void Manual() { }
                    [Test] public void Runs() { }
                }
                """);
            var types = compilation.Model().Types;

            DisabledBy Single(string name) => Assert.Single(DisabledTests.Find(compilation.Method("Tests", name), types, default));

            Assert.Equal(("[Ignore]", "flaky"), (Single("Ignored").Display, Single("Ignored").Reason));
            // A derived attribute is found by symbol; a reason fixed inside its constructor is not visible where it is applied.
            Assert.Equal(("[Later]", (string?)null), (Single("Derived").Display, Single("Derived").Reason));
            Assert.Equal(("[Explicit]", (string?)null), (Single("Manual").Display, Single("Manual").Reason));
            Assert.Empty(DisabledTests.Find(compilation.Method("Tests", "Runs"), types, default));
        }

        [Fact]
        public void Commented_assertions_are_counted_per_line_in_the_frameworks_shapes()
        {
            var body = SyntaxFactory.ParseStatement("""
                {
                    // Assert.Equal(4, sum);
                    /* sum.Should().Be(4);
                       sum.ShouldBe(4);
                       mock.Verify(m => m.Save()); */
                    // TODO: Assert.Equal when fixed
                    // Console.WriteLine(sum);
                }
                """);

            var found = CommentedAssertions.In(body, default);

            Assert.Collection(found, f => Assert.Equal(1, f.Count), f => Assert.Equal(3, f.Count));
        }

        private static Microsoft.CodeAnalysis.IMethodSymbol Method(Microsoft.CodeAnalysis.Compilation compilation, string name) =>
            compilation.GetTypeByMetadataName("Tests")!.GetMembers(name).OfType<Microsoft.CodeAnalysis.IMethodSymbol>().Single();
    }
}
