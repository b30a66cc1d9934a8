using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.CodeFixes.FakedSuccess;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<RewardHackAnalyzers.FakedSuccess.ReturnBeforeAssertionsAnalyzer, RewardHackAnalyzers.CodeFixes.FakedSuccess.ReturnBeforeAssertionsCodeFix>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    public class ReturnBeforeAssertionsCodeFixTests
    {
        private const string OnEnvironment = "when a condition on the environment holds";

        private static DiagnosticResult Rh0102(string when, string skipped) =>
            Verify.Diagnostic(Rules.RH0102_ReturnBeforeAssertions).WithLocation(0).WithArguments("Adds", when, skipped);

        [Fact]
        public async Task Removes_an_unconditional_early_return()
        {
            var source = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = 2 + 2;
        {|#0:return;|}
        Assert.Equal(4, sum);
    }
}";
            var fixedSource = @"
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = 2 + 2;
        Assert.Equal(4, sum);
    }
}";

            await Verify.VerifyFixAsync(source, TestLibraries.XunitV2, [Rh0102("unconditionally", "'Assert.Equal'")], fixedSource);
        }

        [Theory]
        [InlineData(nameof(TestLibraries.XunitV3), "using Xunit;", "[Fact]", "Assert.Equal(4, 2 + 2);", "'Assert.Equal'", "Assert.Skip")]
        [InlineData(nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "[Test]", "Assert.That(2 + 2, Is.EqualTo(4));", "'Assert.That'", "Assert.Ignore")]
        [InlineData(nameof(TestLibraries.MSTest), "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]", "Assert.AreEqual(4, 2 + 2);", "'Assert.AreEqual'", "Assert.Inconclusive")]
        public async Task Turns_an_environment_return_into_the_framework_skip(string references, string usingDirective, string attribute, string assertion, string skipped, string skip)
        {
            var source = $$"""
                using System;
                {{usingDirective}}
                public class CalculatorTests
                {
                    {{attribute}}
                    public void Adds()
                    {
                        if (!OperatingSystem.IsWindows())
                        {
                            {|#0:return;|}
                        }

                        {{assertion}}
                    }
                }
                """;
            var fixedSource = $$"""
                using System;
                {{usingDirective}}
                public class CalculatorTests
                {
                    {{attribute}}
                    public void Adds()
                    {
                        if (!OperatingSystem.IsWindows())
                        {
                            {{skip}}("Skipped when !OperatingSystem.IsWindows()");
                        }

                        {{assertion}}
                    }
                }
                """;

            await Verify.VerifyFixAsync(source, Testing.TestModels.References(references), [Rh0102(OnEnvironment, skipped)], fixedSource);
        }

        [Fact]
        public async Task Offers_no_skip_on_xunit_v2_which_has_none()
        {
            var source = @"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        if (!OperatingSystem.IsWindows()) {|#0:return;|}
        Assert.Equal(4, 2 + 2);
    }
}";

            await Verify.VerifyFixAsync(source, TestLibraries.XunitV2, [Rh0102(OnEnvironment, "'Assert.Equal'")], source);
        }

        [Fact]
        public async Task Offers_no_fix_for_a_return_on_the_result_under_test()
        {
            var source = @"
using NUnit.Framework;
public class Calculator { public int Add(int a, int b) => a + b; }
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var sum = new Calculator().Add(2, 2);
        if (sum != 4) {|#0:return;|}
        Assert.That(sum, Is.EqualTo(4));
    }
}";

            await Verify.VerifyFixAsync(source, TestLibraries.NUnit4, [Rh0102("when a condition on the result under test holds", "'Assert.That'")], source);
        }

        [Fact]
        public void Fix_all_is_offered()
        {
            Assert.Same(WellKnownFixAllProviders.BatchFixer, new ReturnBeforeAssertionsCodeFix().GetFixAllProvider());
        }
    }
}
