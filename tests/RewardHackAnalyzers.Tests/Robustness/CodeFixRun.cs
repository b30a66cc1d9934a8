using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace RewardHackAnalyzers.Tests.Robustness
{
    /// <summary>Offers and computes every code fix of the package for diagnostics in a document, as the IDE's light bulb does.</summary>
    internal static class CodeFixRun
    {
        private static readonly Lazy<ImmutableArray<CodeFixProvider>> Providers = new(() =>
            typeof(CodeFixes.Equality.CompareAllStateCodeFix).Assembly.GetTypes()
                .Where(t => !t.IsAbstract
                    && typeof(CodeFixProvider).IsAssignableFrom(t)
                    && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
                .ToImmutableArray());

        public static ImmutableArray<CodeFixProvider> AllProviders => Providers.Value;

        /// <summary>A one-document project holding <paramref name="source"/>, compiled against <paramref name="references"/>.</summary>
        public static Document Document(string source, IEnumerable<MetadataReference> references)
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "Probe",
                "Probe",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: references));
            return workspace.AddDocument(project.Id, "Source0.cs", SourceText.From(source));
        }

        /// <summary>Registers every applicable fix for each diagnostic and computes its edits; returns how many fixes were computed.</summary>
        public static async Task<int> ComputeAllFixesAsync(Document document, IEnumerable<Diagnostic> diagnostics)
        {
            var computed = 0;
            foreach (var diagnostic in diagnostics)
            {
                foreach (var provider in AllProviders.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var actions = new List<CodeAction>();
                    var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                    await provider.RegisterCodeFixesAsync(context);
                    foreach (var action in actions)
                    {
                        await action.GetOperationsAsync(CancellationToken.None);
                        computed++;
                    }
                }
            }

            return computed;
        }
    }
}
