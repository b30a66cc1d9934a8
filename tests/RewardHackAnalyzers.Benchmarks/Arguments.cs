using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RewardHackAnalyzers.Benchmarks
{
    /// <summary>The command line: a path to load, how many measured runs, where to write the Markdown table, one pack only (for profiling).</summary>
    public sealed record Arguments(string Path, int Repeat, string? Markdown, string? Pack)
    {
        public static bool TryParse(string[] args, [NotNullWhen(true)] out Arguments? arguments, out string error)
        {
            arguments = null;
            error = "";
            string? path = null;
            string? markdown = null;
            string? pack = null;
            var repeat = 5;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                        repeat = n;
                        i++;
                        break;
                    case "--markdown" when i + 1 < args.Length:
                        markdown = args[++i];
                        break;
                    case "--pack" when i + 1 < args.Length:
                        pack = args[++i];
                        break;
                    case var value when path is null && !value.StartsWith("--", System.StringComparison.Ordinal):
                        path = value;
                        break;
                    default:
                        error = $"unexpected argument '{args[i]}'";
                        return false;
                }
            }

            if (path is null)
            {
                error = "a path (solution, project or folder) is required";
                return false;
            }

            arguments = new Arguments(path, repeat, markdown, pack);
            return true;
        }
    }
}
