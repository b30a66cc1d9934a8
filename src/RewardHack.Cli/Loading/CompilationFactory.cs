using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RewardHack.Cli.Loading
{
    /// <summary>Builds the compilation of one <see cref="ProjectDescription"/>, with its references and analyzer options.</summary>
    public static class CompilationFactory
    {
        public static LoadedProject Create(
            ProjectDescription project,
            IEnumerable<MetadataReference> projectReferences,
            bool isScanned,
            NoticeLog notices)
        {
            var settings = project.Settings;
            var parseOptions = new CSharpParseOptions(
                LanguageVersion(settings.LangVersion),
                DocumentationMode.Parse,
                SourceCodeKind.Regular,
                TargetFrameworks.PreprocessorSymbols(settings.TargetFramework).Concat(settings.DefineConstants).Distinct());

            var trees = project.SourceFiles.AsParallel().AsOrdered()
                .Select(file => SourceFileReader.Read(file, notices) is { } text ? CSharpSyntaxTree.ParseText(text, parseOptions, file) : null)
                .OfType<SyntaxTree>()
                .ToList();

            // The sources the SDK would generate from the project's items (never the project's own generators).
            AddGenerated(trees, ImplicitUsings.Source(settings), project, "GlobalUsings", parseOptions);
            AddGenerated(trees, AssemblyAttributes.Source(settings), project, "AssemblyInfo", parseOptions);

            var configs = new ConfigOptionsProvider(AnalyzerConfigFiles.For(project.Directory, notices, settings.ProjectSymbols));
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: Nullable(settings.Nullable),
                allowUnsafe: true,
                concurrentBuild: true)
                .WithSyntaxTreeOptionsProvider(new ConfigSyntaxTreeOptions(configs));

            var references = FrameworkReferences.For(settings.TargetFramework)
                .Concat(PackageReferences(project, trees, notices))
                .Concat(projectReferences);
            var compilation = CSharpCompilation.Create(project.Name, trees, references, options);

            var additionalFiles = project.AdditionalFiles
                .Select(path => (AdditionalText)new FileAdditionalText(path, SourceFileReader.Read(path, notices)))
                .ToImmutableArray();
            return new LoadedProject(project.Name, project.ProjectFile, project.IsTestProject, isScanned, compilation, new AnalyzerOptions(additionalFiles, configs));
        }

        private static void AddGenerated(List<SyntaxTree> trees, string? source, ProjectDescription project, string kind, CSharpParseOptions parseOptions)
        {
            if (source is not null)
            {
                var path = Path.Combine(project.Directory, "obj", $"{project.Name}.{kind}.g.cs");
                trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8), parseOptions, path));
            }
        }

        private static IEnumerable<MetadataReference> PackageReferences(ProjectDescription project, List<SyntaxTree> trees, NoticeLog notices)
        {
            if (AssetsReferences.For(project, notices) is { } restored)
            {
                return restored
                    .Where(path => !FrameworkReferences.Provides(project.Settings.TargetFramework, path))
                    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
            }

            var bundled = BundledReferences.For(project, trees.SelectMany(ImportedNamespaces), out var unresolved);
            if (!unresolved.IsEmpty)
            {
                notices.Add(project.ProjectFile!, "not restored, and nothing bundled for " + string.Join(", ", unresolved) + ": their types stay unresolved, findings that need them may be missed");
            }

            return bundled;
        }

        private static IEnumerable<string> ImportedNamespaces(SyntaxTree tree) =>
            tree.GetCompilationUnitRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .Select(u => u.NamespaceOrType.ToString().Replace("global::", string.Empty, System.StringComparison.Ordinal));

        private static LanguageVersion LanguageVersion(string? value) =>
            value is not null && LanguageVersionFacts.TryParse(value, out var version) ? version : Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;

        private static NullableContextOptions Nullable(string? value) => value?.ToLowerInvariant() switch
        {
            "enable" => NullableContextOptions.Enable,
            "warnings" => NullableContextOptions.Warnings,
            "annotations" => NullableContextOptions.Annotations,
            _ => NullableContextOptions.Disable,
        };
    }
}
