using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.FakedSuccess.CatchAllReportsSuccessAnalyzer>;

namespace RewardHackAnalyzers.Tests.FakedSuccess
{
    /// <summary>RH0105: catch-alls in production code that report success; the TryParse shape and observed failures stay silent.</summary>
    public class CatchAllReportsSuccessAnalyzerTests
    {
        private const string Gateway = @"
public interface IBank { void Charge(decimal amount); }
public sealed class Result
{
    public static Result Success() => new Result();
    public static Result Failure(string error) => new Result();
}
";

        private static DiagnosticResult Expected(int location, string function, string caught, string returned) =>
            Verify.Diagnostic(Rules.RH0105_CatchAllReportsSuccess).WithLocation(location).WithArguments(function, caught, returned);

        [Fact]
        public Task Bool_method_returning_true_from_a_catch_of_Exception() => Verify.VerifyAsync(@"
using System;
public class Payments
{
    private readonly IBank bank;
    public Payments(IBank bank) => this.bank = bank;

    public bool Charge(decimal amount)
    {
        try
        {
            bank.Charge(amount);
            return true;
        }
        {|#0:catch (Exception ex)|}
        {
            return true;
        }
    }
}" + Gateway,
            Expected(0, "'Payments.Charge'", "'Exception'", "true"));

        [Fact]
        public Task Bare_catch_returning_true() => Verify.VerifyAsync(@"
public class Payments
{
    public bool Charge(IBank bank)
    {
        try { bank.Charge(1m); return true; }
        {|#0:catch|} { return true; }
    }
}" + Gateway,
            Expected(0, "'Payments.Charge'", "every exception", "true"));

        [Fact]
        public Task Async_and_task_returning_methods() => Verify.VerifyAsync(@"
using System;
using System.Threading.Tasks;
public class Payments
{
    public async Task<bool> ChargeAsync(IBank bank)
    {
        try { await Task.Yield(); bank.Charge(1m); return true; }
        {|#0:catch (Exception)|} { return true; }
    }

    public Task<bool> Charge(IBank bank)
    {
        try { bank.Charge(1m); return Task.FromResult(true); }
        {|#1:catch|} { return Task.FromResult(true); }
    }

    public ValueTask<bool> ChargeValue(IBank bank)
    {
        try { bank.Charge(1m); return ValueTask.FromResult(true); }
        {|#2:catch|} { return ValueTask.FromResult(true); }
    }
}" + Gateway,
            Expected(0, "'Payments.ChargeAsync'", "'Exception'", "true"),
            Expected(1, "'Payments.Charge'", "every exception", "Task.FromResult(true)"),
            Expected(2, "'Payments.ChargeValue'", "every exception", "ValueTask.FromResult(true)"));

        [Fact]
        public Task Success_results_by_call_static_member_and_controller_Ok() => Verify.VerifyAsync(@"
using System;
public class ValidationResult { public static readonly ValidationResult Success = new ValidationResult(); }
public abstract class ControllerBase { protected object Ok(object value) => value; }
public class Payments : ControllerBase
{
    public Result Charge(IBank bank)
    {
        try { bank.Charge(1m); return Result.Success(); }
        {|#0:catch (Exception)|} { return Result.Success(); }
    }

    public ValidationResult Validate(IBank bank)
    {
        try { bank.Charge(0m); return ValidationResult.Success; }
        {|#1:catch|} { return ValidationResult.Success; }
    }

    public object Post(IBank bank)
    {
        try { bank.Charge(1m); }
        {|#2:catch (Exception)|} { return Ok(""charged""); }
        return Ok(""charged"");
    }
}" + Gateway,
            Expected(0, "'Payments.Charge'", "'Exception'", "Result.Success()"),
            Expected(1, "'Payments.Validate'", "every exception", "ValidationResult.Success"),
            Expected(2, "'Payments.Post'", "'Exception'", "Ok(\"charged\")"));

        [Fact]
        public Task Empty_catch_falling_through_to_a_return_of_success() => Verify.VerifyAsync(@"
public class Payments
{
    public bool Charge(IBank bank)
    {
        try { bank.Charge(1m); }
        {|#0:catch|} { }
        return true;
    }
}" + Gateway,
            Expected(0, "'Payments.Charge'", "every exception", "true"));

        [Fact]
        public Task Lambdas_and_local_functions_are_judged_by_their_own_return_type() => Verify.VerifyAsync(@"
using System;
public class Payments
{
    public void Register(IBank bank)
    {
        Func<bool> charge = () =>
        {
            try { bank.Charge(1m); return true; }
            {|#0:catch (Exception)|} { return true; }
        };

        bool Refund()
        {
            try { bank.Charge(-1m); return true; }
            {|#1:catch|} { return true; }
        }

        charge();
        Refund();
    }
}" + Gateway,
            Expected(0, "A lambda in 'Payments.Register'", "'Exception'", "true"),
            Expected(1, "'Refund' in 'Payments.Register'", "every exception", "true"));

        [Fact]
        public Task TryParse_shape_returning_false_is_not_flagged() => Verify.VerifyAsync(@"
using System;
public static class Money
{
    public static bool TryParse(string text, out decimal value)
    {
        try { value = decimal.Parse(text); return true; }
        catch (Exception) { value = 0; return false; }
    }

    public static Result Charge(IBank bank)
    {
        try { bank.Charge(1m); return Result.Success(); }
        catch { return Result.Failure(""charge failed""); }
    }
}" + Gateway);

        [Fact]
        public Task Rethrowing_or_wrapping_is_not_flagged() => Verify.VerifyAsync(@"
using System;
public class Payments
{
    private bool charged;
    public bool Charge(IBank bank)
    {
        try { bank.Charge(1m); return true; }
        catch (Exception) { if (charged) { return true; } throw; }
    }

    public bool Refund(IBank bank)
    {
        try { bank.Charge(-1m); return true; }
        catch { if (charged) return true; throw new InvalidOperationException(""refund failed""); }
    }
}" + Gateway);

        [Fact]
        public Task Logging_the_failure_is_not_flagged() => Verify.VerifyAsync(@"
using System;
public interface ILogger { void LogError(string message); }
public class Payments
{
    private readonly ILogger logger;
    public Payments(ILogger logger) => this.logger = logger;

    public bool Charge(IBank bank)
    {
        try { bank.Charge(1m); return true; }
        catch (Exception) { logger.LogError(""charge failed, will retry later""); return true; }
    }

    public bool Refund(IBank bank)
    {
        try { bank.Charge(-1m); return true; }
        catch { Console.Error.WriteLine(""refund failed""); return true; }
    }

    public bool Void(IBank bank)
    {
        try { bank.Charge(0m); return true; }
        catch { System.Diagnostics.Trace.TraceError(""void failed""); return true; }
    }
}" + Gateway);

        [Fact]
        public Task Reading_the_caught_exception_is_not_flagged() => Verify.VerifyAsync(@"
using System;
public class Payments
{
    public Exception? LastError { get; private set; }

    public bool Charge(IBank bank)
    {
        try { bank.Charge(1m); return true; }
        catch (Exception ex) { LastError = ex; return true; }
    }
}" + Gateway);

        [Fact]
        public Task Specific_and_filtered_catches_are_not_flagged() => Verify.VerifyAsync(@"
using System;
public class Payments
{
    public bool AlreadyCharged(IBank bank)
    {
        try { bank.Charge(1m); return false; }
        catch (InvalidOperationException) { return true; }
    }

    public bool Charge(IBank bank)
    {
        try { bank.Charge(1m); return true; }
        catch (Exception ex) when (ex is TimeoutException) { return true; }
    }
}" + Gateway);

        [Fact]
        public Task True_that_is_not_the_function_result_is_not_flagged() => Verify.VerifyAsync(@"
using System;
public class Payments
{
    public object Charge(IBank bank)
    {
        try { bank.Charge(1m); return 1; }
        catch (Exception) { return true; }
    }

    public bool Refund(IBank bank)
    {
        try { bank.Charge(-1m); return true; }
        catch { Func<bool> retry = () => true; return false; }
    }

    public bool Void(IBank bank)
    {
        try { bank.Charge(0m); }
        catch { return false; }
        return true;
    }
}" + Gateway);

        [Theory]
        [InlineData(nameof(TestLibraries.XunitV2))]
        [InlineData(nameof(TestLibraries.NUnit4))]
        [InlineData(nameof(TestLibraries.MSTest))]
        public Task Test_projects_are_not_production_code(string libraries) => Verify.VerifyAsync(@"
using System;
public class FakeBank
{
    public bool TryConnect()
    {
        try { throw new InvalidOperationException(); }
        catch (Exception) { return true; }
    }
}",
            Testing.TestModels.References(libraries));

        [Fact]
        public Task Broken_code_does_not_crash() => Verify.VerifyAsync(@"
public class Payments
{
    public bool Charge()
    {
        try { {|#0:Missing|}(); }
        catch ({|#1:Unknown|}) { return true; }
        catch { }
        return {|#3:Nope|};
    }
}",
            DiagnosticResult.CompilerError("CS0103").WithLocation(0).WithArguments("Missing"),
            DiagnosticResult.CompilerError("CS0246").WithLocation(1).WithArguments("Unknown"),
            DiagnosticResult.CompilerError("CS0103").WithLocation(3).WithArguments("Nope"));
    }
}
