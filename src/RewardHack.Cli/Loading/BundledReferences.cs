using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Test-framework, assertion and mocking assemblies shipped with the tool in refs/ (see the .csproj), for projects that
    /// were never restored: chosen by the project's package references, or — for loose files — by their using directives.
    /// They are only metadata for the compiler; the scanner never loads them.
    /// </summary>
    public static class BundledReferences
    {
        private sealed record Library(string Folder, Func<string, bool> IsPackage, string Namespace);

        private static readonly Library[] Libraries =
        [
            new("xunit.v3", p => p.StartsWith("xunit.v3", StringComparison.OrdinalIgnoreCase), "Xunit"),
            new("xunit.v2", p => p.Equals("xunit", StringComparison.OrdinalIgnoreCase) || p.Equals("xunit.core", StringComparison.OrdinalIgnoreCase) || p.Equals("xunit.assert", StringComparison.OrdinalIgnoreCase), "Xunit"),
            new("nunit", p => p.Equals("NUnit", StringComparison.OrdinalIgnoreCase), "NUnit.Framework"),
            new("mstest", p => p.Equals("MSTest", StringComparison.OrdinalIgnoreCase) || p.Equals("MSTest.TestFramework", StringComparison.OrdinalIgnoreCase), "Microsoft.VisualStudio.TestTools.UnitTesting"),
            new("fluentassertions", p => p.Equals("FluentAssertions", StringComparison.OrdinalIgnoreCase), "FluentAssertions"),
            new("shouldly", p => p.Equals("Shouldly", StringComparison.OrdinalIgnoreCase), "Shouldly"),
            new("moq", p => p.Equals("Moq", StringComparison.OrdinalIgnoreCase), "Moq"),
            new("nsubstitute", p => p.Equals("NSubstitute", StringComparison.OrdinalIgnoreCase), "NSubstitute"),
            new("fakeiteasy", p => p.Equals("FakeItEasy", StringComparison.OrdinalIgnoreCase), "FakeItEasy"),
        ];

        public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "refs");

        // Packages that bring no types to compile against: test runners, adapters, coverage and build tooling.
        private static readonly string[] ToolingPackages =
        [
            "Microsoft.NET.Test.Sdk", "xunit.runner.visualstudio", "xunit.runner.console", "xunit.analyzers", "NUnit3TestAdapter", "NUnit.Analyzers",
            "MSTest.TestAdapter", "MSTest.Analyzers", "coverlet.collector", "coverlet.msbuild", "Microsoft.SourceLink.GitHub", "Microsoft.CodeAnalysis.Analyzers",
            "Microsoft.CodeAnalysis.NetAnalyzers", "StyleCop.Analyzers",
        ];

        /// <summary>
        /// The bundled assemblies for a project: by its packages, else by the namespaces its sources import.
        /// <paramref name="unresolved"/> names the packages (other than tooling) for which nothing is bundled.
        /// </summary>
        public static ImmutableArray<MetadataReference> For(ProjectDescription project, IEnumerable<string> importedNamespaces, out ImmutableArray<string> unresolved)
        {
            unresolved = project.PackageReferences
                .Where(p => !Libraries.Any(l => l.IsPackage(p)) && !ToolingPackages.Contains(p, StringComparer.OrdinalIgnoreCase))
                .Where(p => !p.EndsWith(".Analyzers", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.OrdinalIgnoreCase)
                .ToImmutableArray();
            var chosen = Libraries.Where(l => project.PackageReferences.Any(l.IsPackage)).ToList();
            if (string.Equals(project.Settings.Sdk, "MSTest.Sdk", StringComparison.OrdinalIgnoreCase))
            {
                chosen.Add(Libraries.Single(l => l.Folder == "mstest"));
            }

            if (chosen.Count == 0)
            {
                var namespaces = importedNamespaces.ToHashSet(StringComparer.Ordinal);
                // xunit v2 and v3 declare the same types: by namespace alone, v2 (the common one) is chosen.
                chosen.AddRange(Libraries.Where(l => l.Folder != "xunit.v3" && namespaces.Contains(l.Namespace)));
            }

            return chosen.Distinct()
                .SelectMany(l => Directory.Exists(Path.Combine(Folder, l.Folder)) ? Directory.GetFiles(Path.Combine(Folder, l.Folder), "*.dll") : [])
                .Order(StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
