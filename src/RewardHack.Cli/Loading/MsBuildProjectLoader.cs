using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// `scan --msbuild`: loads the projects with MSBuildWorkspace for exact fidelity. This EVALUATES the scanned projects'
    /// build logic (props, targets, tasks), so it is only for trusted code; the default mode never does.
    /// </summary>
    public static class MsBuildProjectLoader
    {
        private static readonly string[] TestAssemblyNames = ["xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core"];
        private static readonly Lock RegistrationLock = new();

        public static async Task<ImmutableArray<LoadedProject>> LoadAsync(ScanInput input, NoticeLog notices, CancellationToken cancellationToken)
        {
            lock (RegistrationLock)
            {
                // The located SDK's MSBuild must be registered before any MSBuild type is loaded (hence the separate method below).
                if (!MSBuildLocator.IsRegistered)
                {
                    MSBuildLocator.RegisterDefaults();
                }
            }

            return await LoadRegisteredAsync(input, notices, cancellationToken).ConfigureAwait(false);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static async Task<ImmutableArray<LoadedProject>> LoadRegisteredAsync(ScanInput input, NoticeLog notices, CancellationToken cancellationToken)
        {
            using var workspace = MSBuildWorkspace.Create();
            workspace.RegisterWorkspaceFailedHandler(e => notices.Add(input.Root, "MSBuild: " + e.Diagnostic.Message));
            var projects = new List<Project>();
            if (input.ScannedSolution is not null)
            {
                var solution = await workspace.OpenSolutionAsync(input.ScannedSolution, cancellationToken: cancellationToken).ConfigureAwait(false);
                projects.AddRange(solution.Projects);
            }
            else
            {
                foreach (var file in input.ProjectFiles)
                {
                    if (workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, file, ScanPaths.Comparison)))
                    {
                        continue;
                    }

                    await workspace.OpenProjectAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                projects.AddRange(workspace.CurrentSolution.Projects);
            }

            var scanned = new HashSet<string>(input.ProjectFiles, ScanPaths.Comparer);
            var loaded = ImmutableArray.CreateBuilder<LoadedProject>();
            // One compilation per project file: a multi-targeted project appears once per target framework.
            foreach (var project in projects.Where(p => p.Language == LanguageNames.CSharp).GroupBy(p => p.FilePath ?? p.Name, ScanPaths.Comparer).Select(g => g.First()))
            {
                if (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
                {
                    continue;
                }

                var isTest = compilation.ReferencedAssemblyNames.Any(a => TestAssemblyNames.Contains(a.Name, StringComparer.OrdinalIgnoreCase));
                loaded.Add(new LoadedProject(
                    project.Name,
                    project.FilePath,
                    isTest,
                    project.FilePath is null || scanned.Contains(project.FilePath),
                    compilation,
                    project.AnalyzerOptions));
            }

            return loaded.ToImmutable();
        }
    }
}
