using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// The reads of the running program by which code can tell a test run from a real one, recognised by symbol (the
    /// base library's own types, resolved once per compilation): the loaded and entry assemblies, the application
    /// domain, the current process, the command line, the environment, the stack and the caller-information parameters.
    /// </summary>
    internal sealed class Probes
    {
        private const string LoadedAssemblies = "the loaded assemblies";
        private const string StackTrace = "the stack trace";

        private readonly INamedTypeSymbol? appDomain;
        private readonly INamedTypeSymbol? appContext;
        private readonly INamedTypeSymbol? assemblyLoadContext;
        private readonly INamedTypeSymbol? assembly;
        private readonly INamedTypeSymbol? process;
        private readonly INamedTypeSymbol? environment;
        private readonly INamedTypeSymbol? stackTrace;
        private readonly INamedTypeSymbol? stackFrame;
        private readonly INamedTypeSymbol? methodBase;
        private readonly INamedTypeSymbol? type;
        private readonly INamedTypeSymbol? callerMemberName;
        private readonly INamedTypeSymbol? callerFilePath;

        private Probes(Compilation compilation)
        {
            INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

            appDomain = Get("System.AppDomain");
            appContext = Get("System.AppContext");
            assemblyLoadContext = Get("System.Runtime.Loader.AssemblyLoadContext");
            assembly = Get("System.Reflection.Assembly");
            process = Get("System.Diagnostics.Process");
            environment = Get("System.Environment");
            stackTrace = Get("System.Diagnostics.StackTrace");
            stackFrame = Get("System.Diagnostics.StackFrame");
            methodBase = Get("System.Reflection.MethodBase");
            type = Get("System.Type");
            callerMemberName = Get("System.Runtime.CompilerServices.CallerMemberNameAttribute");
            callerFilePath = Get("System.Runtime.CompilerServices.CallerFilePathAttribute");
        }

        public static Probes Resolve(Compilation compilation) => new(compilation);

        /// <summary>The probe <paramref name="operation"/> itself is (not what it derives from), or null.</summary>
        public Probe? Of(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => OfMethod(invocation),
            IPropertyReferenceOperation property => OfProperty(property.Property),
            IObjectCreationOperation creation when Is(creation.Constructor?.ContainingType, stackTrace) => new Probe(ProbeKind.Stack, StackTrace),
            IObjectCreationOperation creation when Is(creation.Constructor?.ContainingType, stackFrame) => new Probe(ProbeKind.Stack, "a stack frame"),
            IParameterReferenceOperation parameter => OfParameter(parameter.Parameter),
            _ => null,
        };

        /// <summary>The constant name of the variable <c>Environment.GetEnvironmentVariable</c> reads, or null for any other call.</summary>
        public string? EnvironmentVariableRead(IInvocationOperation invocation) =>
            Is(invocation.TargetMethod.ContainingType, environment) && invocation.TargetMethod.Name == "GetEnvironmentVariable"
                ? ConstantArgument(invocation)
                : null;

        /// <summary>
        /// What a lookup by name inspects, when <paramref name="invocation"/> is one (<c>Type.GetType("…")</c>,
        /// <c>assembly.GetType("…")</c>, <c>Assembly.Load("…")</c>) with a constant name, else null; <paramref name="name"/> is that name.
        /// </summary>
        public string? LookupByName(IInvocationOperation invocation, out string? name)
        {
            var method = invocation.TargetMethod;
            string? inspected = method.Name == "GetType" && (method.IsStatic ? Is(method.ContainingType, type) : Is(method.ContainingType, assembly))
                ? "the loadable types"
                : method.IsStatic && method.Name == "Load" && Is(method.ContainingType, assembly) ? "the loadable assemblies"
                : null;
            name = inspected is null ? null : ConstantArgument(invocation);
            return name is null ? null : inspected;
        }

        private Probe? OfMethod(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var owner = method.ContainingType;
            return method.Name switch
            {
                "GetAssemblies" when Is(owner, appDomain) => new Probe(ProbeKind.Runtime, LoadedAssemblies),
                "GetEntryAssembly" when Is(owner, assembly) => new Probe(ProbeKind.Runtime, "the entry assembly"),
                "GetCallingAssembly" when Is(owner, assembly) => new Probe(ProbeKind.Stack, "the calling assembly"),
                "GetCurrentProcess" when Is(owner, process) => new Probe(ProbeKind.Runtime, "the current process"),
                "GetCommandLineArgs" when Is(owner, environment) => new Probe(ProbeKind.CommandLine, "the command line"),
                "GetEnvironmentVariables" when Is(owner, environment) => new Probe(ProbeKind.Environment, "the environment"),
                "GetEnvironmentVariable" when Is(owner, environment) => new Probe(
                    ProbeKind.Environment,
                    ConstantArgument(invocation) is { } variable ? $"the environment variable '{variable}'" : "an environment variable"),
                "GetCurrentMethod" when Is(owner, methodBase) => new Probe(ProbeKind.Stack, "the current method"),
                _ => null,
            };
        }

        private Probe? OfProperty(IPropertySymbol property)
        {
            var owner = property.ContainingType;
            return property.Name switch
            {
                "FriendlyName" when Is(owner, appDomain) => new Probe(ProbeKind.Runtime, "the application domain's name"),
                "BaseDirectory" when Is(owner, appDomain) || Is(owner, appContext) => new Probe(ProbeKind.Runtime, "the application's directory"),
                "Assemblies" or "All" when Is(owner, assemblyLoadContext) => new Probe(ProbeKind.Runtime, LoadedAssemblies),
                "ProcessPath" when Is(owner, environment) => new Probe(ProbeKind.Runtime, "the process path"),
                "CommandLine" when Is(owner, environment) => new Probe(ProbeKind.CommandLine, "the command line"),
                "StackTrace" when Is(owner, environment) => new Probe(ProbeKind.Stack, StackTrace),
                _ => null,
            };
        }

        private Probe? OfParameter(IParameterSymbol parameter)
        {
            foreach (var attribute in parameter.GetAttributes())
            {
                var description = Is(attribute.AttributeClass, callerMemberName) ? "the caller's member name"
                    : Is(attribute.AttributeClass, callerFilePath) ? "the caller's file path"
                    : null;
                if (description is not null)
                {
                    return new Probe(ProbeKind.Caller, description, parameter.ContainingSymbol as IMethodSymbol);
                }
            }

            return null;
        }

        private static string? ConstantArgument(IInvocationOperation invocation) =>
            invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text } ? text : null;

        private static bool Is(INamedTypeSymbol? candidate, INamedTypeSymbol? known) =>
            known is not null && SymbolEqualityComparer.Default.Equals(candidate?.OriginalDefinition, known);
    }
}
