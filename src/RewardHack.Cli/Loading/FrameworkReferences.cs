using System.Collections.Immutable;
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
        private static readonly ImmutableArray<MetadataReference> Net80 = [.. Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()];
        private static readonly ImmutableArray<MetadataReference> Net100 = [.. Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()];

        public static ImmutableArray<MetadataReference> For(string? targetFramework) =>
            targetFramework is null || TargetFrameworks.NetMajor(targetFramework) >= 10 ? Net100 : Net80;
    }
}
