using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// RH0405: an exception expectation that any exception satisfies — <c>Assert.ThrowsAny&lt;Exception&gt;</c>,
    /// NUnit <c>Assert.Catch(code)</c> and <c>Throws.Exception</c>, MSTest <c>Assert.Throws&lt;Exception&gt;</c> and
    /// <c>[ExpectedException(typeof(Exception), AllowDerivedTypes = true)]</c>, FluentAssertions
    /// <c>Throw&lt;Exception&gt;()</c>, Shouldly <c>Should.Throw&lt;Exception&gt;</c>, xUnit <c>Record.Exception</c> whose
    /// result is only asserted not null — when nothing checks the caught
    /// exception afterwards. Exact-type expectations of <c>Exception</c> are not reported: a stub's
    /// NotImplementedException fails them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OverBroadExceptionExpectationAnalyzer : RewardHackAnalyzer
    {
        private const string AnyException = BroadExceptionTypes.AnyException;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0405_OverBroadExceptionExpectation);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            var expectations = model.ExceptionExpectations;
            var broad = new BroadExceptionTypes(context.Compilation);
            if (!broad.Exists)
            {
                return;
            }

            context.RegisterOperationAction(c => AnalyzeInvocation(c, model, expectations, broad), OperationKind.Invocation);
            context.RegisterOperationAction(c => AnalyzeConstraint(c, model, expectations, broad), OperationKind.PropertyReference);
            context.RegisterSymbolAction(c => AnalyzeAttributes(c, expectations, broad), SymbolKind.Method);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, TestModel model, ExceptionExpectations expectations, BroadExceptionTypes broad)
        {
            var call = (IInvocationOperation)context.Operation;
            if (expectations.IsExceptionRecorder(call.TargetMethod))
            {
                // var ex = Record.Exception(code); Assert.NotNull(ex); is ThrowsAny<Exception> written longhand.
                if (CaughtExceptionChecks.IsOnlyNullChecked(call, model, context.CancellationToken) && call.SemanticModel is { } semanticModel)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rules.RH0405_OverBroadExceptionExpectation, call.Syntax.GetLocation(), AssertionDisplay.Of(call.Syntax, semanticModel), AnyException));
                }

                return;
            }

            var expectation = expectations.OfAssertion(call) ?? expectations.OfConstraint(call);
            Report(context, model, expectation, broad, call);
        }

        private static void AnalyzeConstraint(OperationAnalysisContext context, TestModel model, ExceptionExpectations expectations, BroadExceptionTypes broad) =>
            Report(context, model, expectations.OfConstraint(context.Operation), broad, context.Operation);

        private static void Report(
            OperationAnalysisContext context, TestModel model, ExceptionExpectation? expectation, BroadExceptionTypes broad, IOperation operation)
        {
            if (expectation is null || broad.Describe(expectation) is not { } accepted || operation.SemanticModel is not { } semanticModel
                || CaughtExceptionChecks.IsCheckedFurther(operation, model, context.CancellationToken))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rules.RH0405_OverBroadExceptionExpectation, operation.Syntax.GetLocation(), AssertionDisplay.Of(operation.Syntax, semanticModel), accepted));
        }

        private static void AnalyzeAttributes(SymbolAnalysisContext context, ExceptionExpectations expectations, BroadExceptionTypes broad)
        {
            foreach (var attribute in context.Symbol.GetAttributes())
            {
                if (expectations.OfAttribute(attribute) is { } expectation && broad.Describe(expectation) is { } accepted
                    && attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is { } syntax)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rules.RH0405_OverBroadExceptionExpectation, syntax.GetLocation(), "ExpectedException", accepted));
                }
            }
        }
    }
}
