using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.CodeFixes.Tampering;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RewardHackAnalyzers.Tampering.ShadowedAssertionApiAnalyzer,
    RewardHackAnalyzers.CodeFixes.Tampering.RemoveShadowingAliasCodeFix>;

namespace RewardHackAnalyzers.Tests.Tampering
{
    /// <summary>RH0301's fix removes the alias, so the name binds to the framework again; the harness compiles the result.</summary>
    public class RemoveShadowingAliasCodeFixTests
    {
        private static DiagnosticResult Alias(int location, string name, string target) =>
            Verify.Diagnostic(Rules.RH0301_ShadowedAssertionApi).WithLocation(location)
                .WithArguments(name, name, $"a using alias points it at '{target}'");

        [Fact]
        public Task Xunit_alias_is_removed_and_Assert_means_the_framework_again() => Verify.VerifyFixAsync(@"
using System;
using Xunit;
{|#0:using Assert = Shop.Tests.Lenient;|}

namespace Shop.Tests
{
    public static class Lenient
    {
        public static void Equal(object expected, object actual) { }
    }

    public class PriceTests
    {
        [Fact]
        public void Total() => Assert.Equal(119, 119);
    }
}",
            TestLibraries.XunitV2,
            new[] { Alias(0, "Assert", "Shop.Tests.Lenient") },
            @"
using System;
using Xunit;

namespace Shop.Tests
{
    public static class Lenient
    {
        public static void Equal(object expected, object actual) { }
    }

    public class PriceTests
    {
        [Fact]
        public void Total() => Assert.Equal(119, 119);
    }
}");

        [Fact]
        public Task NUnit_global_and_namespace_aliases_are_removed_by_fix_all() => Verify.VerifyFixAsync(@"
{|#0:global using Is = Shop.Tests.Anything;|}
using NUnit.Framework;

namespace Shop.Tests
{
    {|#1:using Assert = Shop.Tests.Anything;|}

    public static class Anything
    {
        public static void That(bool condition) { }
    }

    public class PriceTests
    {
        [Test]
        public void Total() => Assert.That(119 == 119);
    }
}",
            TestLibraries.NUnit4,
            new[] { Alias(0, "Is", "Shop.Tests.Anything"), Alias(1, "Assert", "Shop.Tests.Anything") },
            @"using NUnit.Framework;

namespace Shop.Tests
{

    public static class Anything
    {
        public static void That(bool condition) { }
    }

    public class PriceTests
    {
        [Test]
        public void Total() => Assert.That(119 == 119);
    }
}");

        [Fact]
        public Task Declarations_and_calls_are_not_fixed() => Verify.VerifyFixAsync(@"
namespace Shop.Tests
{
    public static class {|#0:Assert|}
    {
        public static void AreEqual(object expected, object actual) { }
    }
}",
            TestLibraries.MSTest,
            new[] { Verify.Diagnostic(Rules.RH0301_ShadowedAssertionApi).WithLocation(0).WithArguments("Shop.Tests.Assert", "Assert", "a type of that name is declared in this test project") },
            @"
namespace Shop.Tests
{
    public static class {|#0:Assert|}
    {
        public static void AreEqual(object expected, object actual) { }
    }
}");

        [Fact]
        public void Fix_all_goes_through_the_batch_fixer() =>
            Assert.Same(WellKnownFixAllProviders.BatchFixer, new RemoveShadowingAliasCodeFix().GetFixAllProvider());
    }
}
