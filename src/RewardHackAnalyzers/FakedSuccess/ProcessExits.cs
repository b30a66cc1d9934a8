using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// Recognises calls that end the current process: <c>Environment.Exit</c>, WinForms <c>Application.Exit</c>/
    /// <c>ExitThread</c>, WPF <c>Application.Shutdown</c>, and <c>Kill</c> on the current process
    /// (<c>Process.GetCurrentProcess()</c>, <c>Process.GetProcessById(Environment.ProcessId)</c>, or a local holding one).
    /// Killing another process (a child the test started) is not an exit.
    /// </summary>
    internal static class ProcessExits
    {
        private const string ProcessType = "System.Diagnostics.Process";

        public static bool IsExit(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            switch (TypeName(method.ContainingType), method.Name)
            {
                case ("System.Environment", "Exit"):
                case ("System.Windows.Forms.Application", "Exit" or "ExitThread"):
                case ("System.Windows.Application", "Shutdown"):
                    return true;
                case (ProcessType, "Kill"):
                    return IsCurrentProcess(invocation.Instance, invocation);
                default:
                    return false;
            }
        }

        /// <summary>The exit code when it is a constant (<c>Environment.Exit(0)</c>, <c>Shutdown(0)</c>), else null.</summary>
        public static int? ConstantExitCode(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type.SpecialType == SpecialType.System_Int32 && argument.Value.ConstantValue is { HasValue: true, Value: int code })
                {
                    return code;
                }
            }

            return null;
        }

        private static bool IsCurrentProcess(IOperation? process, IInvocationOperation context)
        {
            process = Unwrap(process);
            if (process is ILocalReferenceOperation local)
            {
                process = Unwrap(Initializer(local.Local, context));
            }

            return process is IInvocationOperation call
                && TypeName(call.TargetMethod.ContainingType) == ProcessType
                && (call.TargetMethod.Name == "GetCurrentProcess"
                    || (call.TargetMethod.Name == "GetProcessById" && call.Arguments.Length == 1 && IsCurrentProcessId(call.Arguments[0].Value, context)));
        }

        // Environment.ProcessId, or Process.GetCurrentProcess().Id.
        private static bool IsCurrentProcessId(IOperation id, IInvocationOperation context) => Unwrap(id) switch
        {
            IPropertyReferenceOperation { Property.Name: "ProcessId" } property => TypeName(property.Property.ContainingType) == "System.Environment",
            IPropertyReferenceOperation { Property.Name: "Id" } property => IsCurrentProcess(property.Instance, context),
            _ => false,
        };

        // The initialiser of a local declared in the same body as the call (`var self = Process.GetCurrentProcess();`).
        private static IOperation? Initializer(ILocalSymbol local, IOperation context)
        {
            var root = context;
            while (root.Parent is { } parent)
            {
                root = parent;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    return declarator.GetVariableInitializer()?.Value;
                }
            }

            return null;
        }

        private static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static string? TypeName(INamedTypeSymbol? type) => type?.OriginalDefinition.ToDisplayString();
    }
}
