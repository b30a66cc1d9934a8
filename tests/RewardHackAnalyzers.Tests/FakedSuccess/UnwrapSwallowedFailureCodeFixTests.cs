using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.CodeFixes.FakedSuccess;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<RewardHackAnalyzers.FakedSuccess.SwallowedFailureAnalyzer, RewardHackAnalyzers.CodeFixes.FakedSuccess.UnwrapSwallowedFailureCodeFix>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    public class UnwrapSwallowedFailureCodeFixTests
    {
        private static DiagnosticResult Rh0103(string clause, string subject) =>
            Verify.Diagnostic(Rules.RH0103_SwallowedFailure).WithLocation(0).WithArguments(clause, "Adds", subject);

        [Fact]
        public async Task Unwraps_a_try_whose_only_clause_swallows()
        {
            var source = @"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = 2 + 2;
        try
        {
            // the check that matters
            Assert.Equal(4, sum);
            Assert.True(sum > 0);
        }
        {|#0:catch (Exception)|}
        {
        }

        Console.WriteLine(sum);
    }
}";
            var fixedSource = @"
using System;
using Xunit;
public class CalculatorTests
{
    [Fact]
    public void Adds()
    {
        var sum = 2 + 2;
        // the check that matters
        Assert.Equal(4, sum);
        Assert.True(sum > 0);

        Console.WriteLine(sum);
    }
}";

            await Verify.VerifyFixAsync(source, TestLibraries.XunitV2, [Rh0103("catch (Exception)", "'Assert.Equal'")], fixedSource);
        }

        [Fact]
        public async Task Removes_only_the_swallowing_clause_when_a_finally_remains()
        {
            var source = @"
using System;
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var sum = 2 + 2;
        try
        {
            Assert.That(sum, Is.EqualTo(4));
        }
        {|#0:catch|}
        {
        }
        finally
        {
            Console.WriteLine(sum);
        }
    }
}";
            var fixedSource = @"
using System;
using NUnit.Framework;
public class CalculatorTests
{
    [Test]
    public void Adds()
    {
        var sum = 2 + 2;
        try
        {
            Assert.That(sum, Is.EqualTo(4));
        }
        finally
        {
            Console.WriteLine(sum);
        }
    }
}";

            await Verify.VerifyFixAsync(source, TestLibraries.NUnit4, [Rh0103("catch", "'Assert.That'")], fixedSource);
        }

        [Fact]
        public void Fix_all_is_not_offered_because_clauses_of_one_try_would_collide()
        {
            Assert.Null(new UnwrapSwallowedFailureCodeFix().GetFixAllProvider());
        }
    }
}
