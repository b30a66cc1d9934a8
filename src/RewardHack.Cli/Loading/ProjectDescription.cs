using System.Collections.Immutable;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// One compilation to build: a project read from its XML, or the ad-hoc project of loose source files
    /// (<see cref="ProjectFile"/> null). Paths are absolute.
    /// </summary>
    public sealed record ProjectDescription(
        string Name,
        string? ProjectFile,
        string Directory,
        ImmutableArray<string> SourceFiles,
        ImmutableArray<string> AdditionalFiles,
        ImmutableArray<string> ProjectReferences,
        ImmutableArray<string> PackageReferences,
        ProjectSettings Settings,
        bool IsTestProject);

    /// <summary>
    /// The compiler-relevant properties of a project, as written in its XML. <see cref="DefineConstants"/> are the symbols
    /// of the compiled target framework; <see cref="ProjectSymbols"/> those the project defines in any of its builds.
    /// </summary>
    public sealed record ProjectSettings(
        string? TargetFramework,
        string? LangVersion,
        string? Nullable,
        ImmutableArray<string> DefineConstants,
        bool ImplicitUsings,
        string? Sdk,
        ImmutableArray<UsingItem> Usings,
        ImmutableArray<string> InternalsVisibleTo,
        ImmutableArray<string> ProjectSymbols)
    {
        public static ProjectSettings AdHoc { get; } = new(null, null, null, [], false, null, [], [], []);
    }

    /// <summary>A `&lt;Using&gt;` item: a global using, optionally static or aliased.</summary>
    public sealed record UsingItem(string Namespace, string? Alias, bool IsStatic);
}
