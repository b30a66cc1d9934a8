using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RewardHack.Cli.Loading
{
    /// <summary>An additional file handed to the analyzers (an `AdditionalFiles` item, or evidence the scanner produced), with its text.</summary>
    public sealed class FileAdditionalText(string path, SourceText? text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }
}
