using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.CodeFixes.FakedSuccess;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<RewardHackAnalyzers.FakedSuccess.ProcessExitAnalyzer, RewardHackAnalyzers.CodeFixes.FakedSuccess.RemoveProcessExitCodeFix>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    public class RemoveProcessExitCodeFixTests
    {
        private static DiagnosticResult Rh0101(int location, string call, string evidence) =>
            Verify.Diagnostic(Rules.RH0101_ProcessExit).WithLocation(location).WithArguments(call, evidence);

        [Fact]
        public async Task Removes_the_exit_statement_from_a_test()
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
        {|#0:Environment.Exit(0)|};
        Assert.Equal(4, sum);
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
        Assert.Equal(4, sum);
    }
}";

            await Verify.VerifyFixAsync(source, TestLibraries.XunitV2, [Rh0101(0, "Environment.Exit(0)", "in test code")], fixedSource);
        }

        [Fact]
        public async Task Empties_a_handler_lambda_and_an_expression_bodied_method_that_only_exit()
        {
            var source = @"
using System;
public static class Hooks
{
    public static void Install()
    {
        AppDomain.CurrentDomain.UnhandledException += (_, _) => {|#0:Environment.Exit(0)|};
    }

    public static void Leave() => {|#1:Environment.Exit(0)|};
}";
            var fixedSource = @"
using System;
public static class Hooks
{
    public static void Install()
    {
        AppDomain.CurrentDomain.UnhandledException += (_, _) => { };
    }

    public static void Leave()
    {
    }
}";

            await Verify.VerifyFixAsync(
                source,
                [Rh0101(0, "Environment.Exit(0)", "from an unhandled-exception handler in library code"), Rh0101(1, "Environment.Exit(0)", "in library code")],
                fixedSource);
        }

        [Fact]
        public void Fix_all_is_offered()
        {
            Assert.Same(WellKnownFixAllProviders.BatchFixer, new RemoveProcessExitCodeFix().GetFixAllProvider());
        }
    }
}
