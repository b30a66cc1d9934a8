using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// The .NET reference assemblies every scanned compilation gets, shipped inside the tool (Basic.Reference.Assemblies):
    /// .NET 10 for net10.0 and later or an unknown target, .NET 8 for older targets (.NET 8/9, .NET Standard, .NET Framework).
    /// </summary>
    public static class FrameworkReferences
    {
        private sealed record Set(ImmutableArray<MetadataReference> References, ImmutableHashSet<string> Names)
        {
            public static Set Of(System.Collections.Generic.IEnumerable<PortableExecutableReference> references)
            {
                var all = references.ToImmutableArray();
                return new Set(
                    [.. all.Cast<MetadataReference>()],
                    all.Select(r => Path.GetFileNameWithoutExtension(r.FilePath ?? r.Display ?? string.Empty)).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase));
            }
        }

        private static readonly Lazy<Set> Net80 = new(() => Set.Of(Basic.Reference.Assemblies.Net80.References.All));
        private static readonly Lazy<Set> Net100 = new(() => Set.Of(Basic.Reference.Assemblies.Net100.References.All));

        public static ImmutableArray<MetadataReference> For(string? targetFramework) => SetFor(targetFramework).References;

        /// <summary>
        /// True when the framework already has an assembly of this name: the package's copy is then left out, as the SDK's
        /// conflict resolution does (the framework's is the newer), instead of making every type in it ambiguous.
        /// </summary>
        public static bool Provides(string? targetFramework, string assemblyPath) =>
            SetFor(targetFramework).Names.Contains(Path.GetFileNameWithoutExtension(assemblyPath));

        private static Set SetFor(string? targetFramework) =>
            targetFramework is null || TargetFrameworks.NetMajor(targetFramework) >= 10 ? Net100.Value : Net80.Value;
    }
}
