using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// Every C# analyzer of the RewardHackAnalyzers assembly the tool references, found by reflection: the scanner runs
    /// exactly the package's analyzers, never a copy, and a new rule is scanned for as soon as it ships.
    /// </summary>
    public static class AnalyzerCatalog
    {
        public static ImmutableArray<DiagnosticAnalyzer> All => Instances.Value;

        private static readonly System.Lazy<ImmutableArray<DiagnosticAnalyzer>> Instances = new(() =>
            typeof(Rules).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .OrderBy(t => t.FullName, System.StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)System.Activator.CreateInstance(t)!)
                .ToImmutableArray());
    }
}
