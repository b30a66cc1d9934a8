using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// RH0101: a call that ends the process (<see cref="ProcessExits"/>) where it can turn a run green without its checks.
    /// In a test project or a library every exit counts: the runner or harness sees a clean end. In an executable only
    /// an exit with code 0 from a catch clause or an unhandled-exception handler counts (success reported after a
    /// failure); a CLI that exits with 1 on bad arguments, or 0 at the end of its work, is legitimate.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProcessExitAnalyzer : RewardHackAnalyzer
    {
        private const string HandlerContext = "from an unhandled-exception handler";
        private const string CatchContext = "from a catch clause";

        // Event arguments that mark a method or lambda as a handler of a failure nobody else will see.
        private static readonly ImmutableHashSet<string> FailureEventArgs = ImmutableHashSet.Create(
            "System.UnhandledExceptionEventArgs",
            "System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs",
            "System.Threading.Tasks.UnobservedTaskExceptionEventArgs",
            "System.Threading.ThreadExceptionEventArgs");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0101_ProcessExit);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var code = TestModel.For(context.Compilation, context.Options).IsTestProject ? "test code"
                : IsExecutable(context.Compilation.Options.OutputKind) ? null
                : "library code";
            context.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    if (!ProcessExits.IsExit(invocation) || Evidence(invocation, operation.ContainingSymbol, code) is not { } evidence)
                    {
                        return;
                    }

                    operation.ReportDiagnostic(Diagnostic.Create(
                        Rules.RH0101_ProcessExit, invocation.Syntax.GetLocation(), Display(invocation), evidence));
                },
                OperationKind.Invocation);
        }

        private static string? Evidence(IInvocationOperation invocation, ISymbol containing, string? code)
        {
            var failureContext = FailureContext(invocation, containing);
            if (code is not null)
            {
                return failureContext is null ? "in " + code : failureContext + " in " + code;
            }

            return failureContext is not null && ProcessExits.ConstantExitCode(invocation) == 0
                ? "with exit code 0 " + failureContext
                : null;
        }

        // Walks out to the nearest function: a catch clause on the way, or a function that handles a failure event.
        private static string? FailureContext(IInvocationOperation invocation, ISymbol containing)
        {
            for (var current = invocation.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case ICatchClauseOperation:
                        return CatchContext;
                    case IAnonymousFunctionOperation lambda:
                        return HandlesFailure(lambda.Symbol) ? HandlerContext : null;
                    case ILocalFunctionOperation local:
                        return HandlesFailure(local.Symbol) ? HandlerContext : null;
                }
            }

            return containing is IMethodSymbol method && HandlesFailure(method) ? HandlerContext : null;
        }

        private static bool HandlesFailure(IMethodSymbol function)
        {
            foreach (var parameter in function.Parameters)
            {
                if (FailureEventArgs.Contains(parameter.Type.OriginalDefinition.ToDisplayString()))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsExecutable(OutputKind kind) =>
            kind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication;

        // The call as written when it fits on a line, else Type.Method.
        private static string Display(IInvocationOperation invocation)
        {
            var text = invocation.Syntax.ToString();
            return text.Length <= 60 && text.IndexOf('\n') < 0
                ? text
                : invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name;
        }
    }
}
