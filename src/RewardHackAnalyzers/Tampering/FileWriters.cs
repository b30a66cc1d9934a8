using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>The base-library APIs that create, overwrite or move a file, resolved once per compilation.</summary>
    internal sealed class FileWriters
    {
        // Writing methods of System.IO.File; Open counts only in a writing mode (see WritesByMode).
        private static readonly ImmutableHashSet<string> FileMethods = ImmutableHashSet.Create(
            "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
            "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "Create", "CreateText", "AppendText",
            "OpenWrite", "Copy", "Move", "Replace", "Open");

        // The parameter that names the file written: the destination of a copy or move, the path otherwise.
        private static readonly ImmutableHashSet<string> DestinationParameters = ImmutableHashSet.Create(
            "path", "destFileName", "destinationFileName", "fileName", "filename", "outputFileName");

        private const int FileModeOpen = 3;
        private const int FileAccessWrite = 2;

        private readonly INamedTypeSymbol? file;
        private readonly INamedTypeSymbol? fileInfo;
        private readonly INamedTypeSymbol? streamWriter;
        private readonly INamedTypeSymbol? fileStream;
        private readonly INamedTypeSymbol? fileMode;
        private readonly INamedTypeSymbol? fileAccess;
        private readonly ImmutableArray<INamedTypeSymbol> xmlSavers;

        private FileWriters(Compilation compilation)
        {
            file = compilation.GetTypeByMetadataName("System.IO.File");
            fileInfo = compilation.GetTypeByMetadataName("System.IO.FileInfo");
            streamWriter = compilation.GetTypeByMetadataName("System.IO.StreamWriter");
            fileStream = compilation.GetTypeByMetadataName("System.IO.FileStream");
            fileMode = compilation.GetTypeByMetadataName("System.IO.FileMode");
            fileAccess = compilation.GetTypeByMetadataName("System.IO.FileAccess");
            Path = compilation.GetTypeByMetadataName("System.IO.Path");
            var savers = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in new[] { "System.Xml.Linq.XDocument", "System.Xml.Linq.XElement", "System.Xml.XmlDocument", "System.Xml.XmlWriter" })
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    savers.Add(type);
                }
            }

            xmlSavers = savers.ToImmutable();
        }

        public INamedTypeSymbol? Path { get; }

        public static FileWriters Resolve(Compilation compilation) => new(compilation);

        /// <summary>The argument naming the file <paramref name="method"/> writes, or null when it does not write one.</summary>
        public IArgumentOperation? WrittenFile(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
        {
            var type = method.ContainingType;
            var writes = method.MethodKind == MethodKind.Constructor
                ? Is(type, streamWriter) || (Is(type, fileStream) && WritesByMode(arguments))
                : (Is(type, file) && FileMethods.Contains(method.Name) && (method.Name != "Open" || WritesByMode(arguments)))
                    || (Is(type, fileInfo) && method.Name is "CopyTo" or "MoveTo")
                    || (method.Name is "Save" or "Create" && IsXmlSaver(type));
            if (!writes)
            {
                return null;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter && DestinationParameters.Contains(parameter.Name))
                {
                    return argument;
                }
            }

            return null;
        }

        // A FileStream or File.Open writes when its mode creates or appends, or its access includes Write. Unknown
        // (non-constant) modes are not guessed.
        private bool WritesByMode(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Value.ConstantValue is not { HasValue: true, Value: int value })
                {
                    continue;
                }

                if ((Is(argument.Parameter?.Type, fileMode) && value != FileModeOpen)
                    || (Is(argument.Parameter?.Type, fileAccess) && (value & FileAccessWrite) != 0))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsXmlSaver(INamedTypeSymbol? type)
        {
            foreach (var saver in xmlSavers)
            {
                if (Is(type, saver))
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
