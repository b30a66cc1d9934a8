using System;
using System.IO;
using System.Linq;
using RewardHack.Cli.Tests.Infrastructure;
using Xunit;

namespace RewardHack.Cli.Tests.BuildTampering
{
    /// <summary>
    /// The scanner-only checks over broken versions of their seeds (a half-written project file, a bad merge of a
    /// workflow): no check may throw, and whatever is still reported points at a line of a file that exists.
    /// </summary>
    public class MutatedSeedTests
    {
        public static TheoryData<string> Seeds => new(BuildTamperingSeedTests.SeedNames());

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Mutated_seeds_are_checked_without_an_exception_and_findings_point_into_the_files(string seed)
        {
            using var planted = BuildTamperingSeedTests.Plant(seed);
            var files = Directory.GetFiles(planted.Root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(planted.Root, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText);

            foreach (var (name, mutate) in Mutations)
            {
                using var tree = new TempTree();
                foreach (var (path, text) in files)
                {
                    tree.Write(path, mutate(text));
                }

                foreach (var finding in RepositoryScan.RunAll(tree))
                {
                    // "<id> <severity> <path>(<line>,<col>-<line>,<col>): <message>"
                    var location = finding.Split(' ')[2];
                    var path = location[..location.IndexOf('(', StringComparison.Ordinal)];
                    var line = int.Parse(location[(path.Length + 1)..location.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(files.ContainsKey(path), $"{name}: {finding}");
                    // Line 0 is SourceSpan.None, the whole file.
                    Assert.InRange(line, 0, File.ReadAllLines(tree.PathOf(path)).Length);
                }
            }
        }

        private static readonly (string Name, Func<string, string> Mutate)[] Mutations =
        [
            .. Enumerable.Range(1, 5).Select(sixth => ($"truncated at {sixth}/6", (Func<string, string>)(text => text[..(text.Length * sixth / 6)]))),
            ("closing tags and braces deleted", text => text.Replace(">", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal)),
            ("quotes deleted", text => text.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal)),
            ("lines duplicated", text => string.Join('\n', text.Split('\n').SelectMany(l => new[] { l, l }))),
            ("every 3rd line deleted", text => string.Join('\n', text.Split('\n').Where((_, i) => i % 3 != 2))),
            ("indentation lost", text => string.Join('\n', text.Split('\n').Select(l => l.TrimStart()))),
            ("file duplicated", text => text + "\n" + text),
        ];
    }
}
