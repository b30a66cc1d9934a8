using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// Decides whether a catch handler lets its failure be seen: it throws (rethrows or wraps), reads the caught
    /// exception (hands it on, stores it, inspects it), or logs: a call whose name starts with <c>Log</c> or
    /// <c>Trace</c>, a call on a type whose name contains <c>Log</c> (<c>ILogger</c>, Serilog's <c>Log</c>, NLog's
    /// <c>Logger</c>), <c>System.Diagnostics.Trace</c>, or <c>Console.Error</c>. Loggers are many and user-written, so
    /// they are known by name; anything that looks like logging counts, which errs towards silence.
    /// </summary>
    internal static class FailureObservation
    {
        public static bool IsObserved(ICatchClauseOperation handler)
        {
            foreach (var operation in handler.Handler.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IThrowOperation:
                        return true;
                    case ILocalReferenceOperation local when handler.Locals.Contains(local.Local):
                        return true;
                    case IInvocationOperation invocation when IsLogging(invocation):
                        return true;
                    case IPropertyReferenceOperation { Property: { Name: "Error", ContainingType.Name: "Console" } }:
                        return true;
                }
            }

            return false;
        }

        private static bool IsLogging(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            return method.Name.StartsWith("Log", StringComparison.Ordinal)
                || method.Name.StartsWith("Trace", StringComparison.Ordinal)
                || (type is not null
                    && (type.Name.IndexOf("Log", StringComparison.Ordinal) >= 0
                        || type.Name == "Trace"
                        || (invocation.Instance?.Type?.Name.IndexOf("Log", StringComparison.Ordinal) ?? -1) >= 0));
        }
    }
}
