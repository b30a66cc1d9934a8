using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>Loads a scan path the way the default scan does, for tests of what the compilations hold.</summary>
    internal static class Loaded
    {
        public static ImmutableArray<LoadedProject> Projects(string path, out NoticeLog notices)
        {
            notices = new NoticeLog(RewardHack.Cli.Scanning.Scanner.RootOf(path)!);
            var input = ScanInputResolver.Resolve(path, notices, out var error);
            Assert.True(input is not null, error);
            return XmlProjectLoader.Load(input!, notices, default);
        }

        public static ImmutableArray<LoadedProject> Projects(string path) => Projects(path, out _);

        /// <summary>The compiler's errors, as "file(line): id" — empty when every reference resolved.</summary>
        public static string[] Errors(LoadedProject project) =>
            [.. project.Compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"{System.IO.Path.GetFileName(d.Location.GetLineSpan().Path)}({d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];
    }
}
