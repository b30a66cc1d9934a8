using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>The process-wide exception events a handler can use to see every failure: AppDomain's and TaskScheduler's.</summary>
    internal sealed class GlobalExceptionHandlers
    {
        private readonly INamedTypeSymbol? appDomain;
        private readonly INamedTypeSymbol? taskScheduler;

        public GlobalExceptionHandlers(Compilation compilation)
        {
            appDomain = compilation.GetTypeByMetadataName("System.AppDomain");
            taskScheduler = compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskScheduler");
        }

        public bool IsProcessWide(IEventSymbol @event)
        {
            var type = @event.ContainingType;
            return @event.Name switch
            {
                "FirstChanceException" or "UnhandledException" => SymbolEqualityComparer.Default.Equals(type, appDomain),
                "UnobservedTaskException" => SymbolEqualityComparer.Default.Equals(type, taskScheduler),
                _ => false,
            };
        }
    }
}
