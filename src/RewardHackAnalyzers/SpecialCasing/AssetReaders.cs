using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// The base-library APIs that read or probe a file, a directory or a manifest resource, and the argument that names
    /// it; resolved once per compilation.
    /// </summary>
    internal sealed class AssetReaders
    {
        // Members of System.IO.File that read or probe a file; Copy reads its source.
        private static readonly ImmutableHashSet<string> FileMethods = ImmutableHashSet.Create(
            "ReadAllText", "ReadAllTextAsync", "ReadAllLines", "ReadAllLinesAsync", "ReadAllBytes", "ReadAllBytesAsync",
            "ReadLines", "ReadLinesAsync", "OpenRead", "OpenText", "Open", "OpenHandle", "Exists", "Copy");

        private static readonly ImmutableHashSet<string> DirectoryMethods = ImmutableHashSet.Create(
            "GetFiles", "EnumerateFiles", "GetDirectories", "EnumerateDirectories", "GetFileSystemEntries",
            "EnumerateFileSystemEntries", "Exists");

        // Listings of a DirectoryInfo: only their search pattern names anything.
        private static readonly ImmutableHashSet<string> DirectoryInfoMethods = ImmutableHashSet.Create(
            "GetFiles", "EnumerateFiles", "GetFileSystemInfos", "EnumerateFileSystemInfos");

        // The parameter that names what is read, across the APIs above.
        private static readonly ImmutableHashSet<string> SourceParameters = ImmutableHashSet.Create(
            "path", "sourceFileName", "fileName", "filename", "uri", "inputUri");

        private readonly INamedTypeSymbol? file;
        private readonly INamedTypeSymbol? directory;
        private readonly INamedTypeSymbol? fileInfo;
        private readonly INamedTypeSymbol? directoryInfo;
        private readonly INamedTypeSymbol? streamReader;
        private readonly INamedTypeSymbol? fileStream;
        private readonly INamedTypeSymbol? assembly;
        private readonly ImmutableArray<INamedTypeSymbol> xmlLoaders;

        private AssetReaders(Compilation compilation)
        {
            file = compilation.GetTypeByMetadataName("System.IO.File");
            directory = compilation.GetTypeByMetadataName("System.IO.Directory");
            fileInfo = compilation.GetTypeByMetadataName("System.IO.FileInfo");
            directoryInfo = compilation.GetTypeByMetadataName("System.IO.DirectoryInfo");
            streamReader = compilation.GetTypeByMetadataName("System.IO.StreamReader");
            fileStream = compilation.GetTypeByMetadataName("System.IO.FileStream");
            assembly = compilation.GetTypeByMetadataName("System.Reflection.Assembly");
            Path = compilation.GetTypeByMetadataName("System.IO.Path");
            var loaders = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in new[] { "System.Xml.Linq.XDocument", "System.Xml.Linq.XElement", "System.Xml.XmlDocument", "System.Xml.XmlReader" })
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    loaders.Add(type);
                }
            }

            xmlLoaders = loaders.ToImmutable();
        }

        /// <summary><c>System.IO.Path</c>, whose <c>Combine</c> and <c>Join</c> the path shape reads through.</summary>
        public INamedTypeSymbol? Path { get; }

        public static AssetReaders Resolve(Compilation compilation) => new(compilation);

        /// <summary>
        /// The arguments naming what <paramref name="method"/> reads, each with what it names: the path (a file, a
        /// directory or a resource), and the search pattern of a directory listing (<c>"*.expected.json"</c>), which names
        /// files. Empty when the method reads nothing.
        /// </summary>
        public ImmutableArray<(IArgumentOperation Argument, AssetKind Kind)> ReadAssets(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
        {
            if (KindOf(method) is not { } kind)
            {
                return ImmutableArray<(IArgumentOperation, AssetKind)>.Empty;
            }

            var read = ImmutableArray.CreateBuilder<(IArgumentOperation, AssetKind)>();
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not { Type.SpecialType: SpecialType.System_String } parameter)
                {
                    continue;
                }

                if (parameter.Name == "searchPattern")
                {
                    read.Add((argument, AssetKind.File));
                }
                else if (kind == AssetKind.Resource ? parameter.Name == "name" : SourceParameters.Contains(parameter.Name))
                {
                    read.Add((argument, kind));
                }
            }

            return read.ToImmutable();
        }

        /// <summary>How a diagnostic names the API: <c>File.ReadAllText</c>, <c>new StreamReader</c>.</summary>
        public static string Display(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;

        private AssetKind? KindOf(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (method.MethodKind == MethodKind.Constructor)
            {
                return Is(type, fileInfo) || Is(type, streamReader) || Is(type, fileStream) ? AssetKind.File
                    : Is(type, directoryInfo) ? AssetKind.Directory
                    : null;
            }

            return (Is(type, file) && FileMethods.Contains(method.Name)) || (method.Name is "Load" or "Create" && IsXmlLoader(type)) ? AssetKind.File
                : (Is(type, directory) && DirectoryMethods.Contains(method.Name))
                    || (Is(type, directoryInfo) && DirectoryInfoMethods.Contains(method.Name)) ? AssetKind.Directory
                : Is(type, assembly) && method.Name == "GetManifestResourceStream" ? AssetKind.Resource
                : null;
        }

        private bool IsXmlLoader(INamedTypeSymbol? type)
        {
            foreach (var loader in xmlLoaders)
            {
                if (Is(type, loader))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
            known is not null && SymbolEqualityComparer.Default.Equals(type, known);
    }
}
