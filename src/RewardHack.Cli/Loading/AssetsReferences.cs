using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// The package assemblies of a restored project: obj/project.assets.json (read as JSON, never restored) names each
    /// package's compile assets, found in the NuGet cache folders it lists.
    /// </summary>
    public static class AssetsReferences
    {
        /// <summary>The assembly paths, or null when the project was not restored or its packages are not in the cache.</summary>
        public static ImmutableArray<string>? For(ProjectDescription project, NoticeLog notices)
        {
            var assetsFile = Path.Combine(project.Directory, "obj", "project.assets.json");
            if (project.ProjectFile is null || !File.Exists(assetsFile))
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(assetsFile));
                var root = document.RootElement;
                var folders = root.GetProperty("packageFolders").EnumerateObject().Select(f => f.Name).ToImmutableArray();
                var libraries = root.GetProperty("libraries");
                var target = root.GetProperty("targets").EnumerateObject()
                    .Where(t => !t.Name.Contains('/', StringComparison.Ordinal))
                    .OrderByDescending(t => project.Settings.TargetFramework is { } tfm && t.Name.Contains(tfm, StringComparison.OrdinalIgnoreCase))
                    .Select(t => (JsonProperty?)t).FirstOrDefault();
                if (target is null)
                {
                    return null;
                }

                var paths = ImmutableArray.CreateBuilder<string>();
                foreach (var package in target.Value.Value.EnumerateObject())
                {
                    if (!package.Value.TryGetProperty("type", out var type) || type.GetString() != "package"
                        || !package.Value.TryGetProperty("compile", out var compile)
                        || !libraries.TryGetProperty(package.Name, out var library)
                        || library.GetProperty("path").GetString() is not { } libraryPath)
                    {
                        continue;
                    }

                    foreach (var asset in compile.EnumerateObject().Select(a => a.Name).Where(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                    {
                        var found = folders.Select(f => Path.Combine(f, libraryPath, asset)).FirstOrDefault(File.Exists);
                        if (found is null)
                        {
                            notices.Add(assetsFile, $"package {package.Name} is not in the NuGet cache: bundled references used instead");
                            return null;
                        }

                        paths.Add(found);
                    }
                }

                return paths.ToImmutable();
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or System.Collections.Generic.KeyNotFoundException)
            {
                notices.Add(assetsFile, "restore output ignored: " + e.Message);
                return null;
            }
        }
    }
}
