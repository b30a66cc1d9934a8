using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Benchmarks
{
    /// <summary>
    /// xunit.analyzers and Meziantou.Analyzer as a build would load them: their analyzer DLLs, read as
    /// <see cref="AnalyzerFileReference"/>s from the NuGet global packages folder (the project's PackageDownload puts them there).
    /// </summary>
    public static class PeerAnalyzers
    {
        // In step with the PackageDownload items of the project file.
        private const string XunitAnalyzersVersion = "2.2.0";
        private const string MeziantouVersion = "3.0.321";

        public static ImmutableArray<AnalyzerPack> Load()
        {
            var root = PackageRoot();
            return
            [
                Pack("xunit.analyzers", Path.Combine(root, "xunit.analyzers", XunitAnalyzersVersion, "analyzers", "dotnet", "cs", "xunit.analyzers.dll")),
                // Meziantou ships one build per Roslyn version; 5.0 is the compiler this program hosts.
                Pack("Meziantou.Analyzer", Path.Combine(root, "meziantou.analyzer", MeziantouVersion, "analyzers", "dotnet", "roslyn5.0", "cs", "Meziantou.Analyzer.dll")),
            ];
        }

        private static AnalyzerPack Pack(string name, string path)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{name} is not in the NuGet cache; run `dotnet restore` on the benchmark project.", path);
            }

            var reference = new AnalyzerFileReference(path, DefaultContextLoader.Instance);
            string? failure = null;
            reference.AnalyzerLoadFailed += (_, e) => failure ??= $"{e.TypeName}: {e.Message}";
            var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
            if (failure is not null)
            {
                throw new InvalidOperationException($"{name} did not load: {failure}");
            }

            return new AnalyzerPack(name, analyzers);
        }

        private static string PackageRoot()
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            // The folder the project restored into, recorded at build time.
            var recorded = typeof(PeerAnalyzers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "NuGetPackageRoot")?.Value;
            return !string.IsNullOrEmpty(recorded)
                ? recorded
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        /// <summary>Loads analyzer assemblies into the default context, beside the compiler this program already loaded.</summary>
        private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
        {
            public static readonly DefaultContextLoader Instance = new();

            public void AddDependencyLocation(string fullPath)
            {
                // Every peer analyzer is a single assembly that depends only on the compiler.
            }

            public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
    }
}
