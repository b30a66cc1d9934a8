using System;
using System.Collections.Generic;
using System.Linq;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Target framework monikers: which one of a multi-targeted project is scanned, and the preprocessor symbols the SDK
    /// defines for it (NET8_0, NET8_0_OR_GREATER, NETSTANDARD2_0, NET48, ...).
    /// </summary>
    public static class TargetFrameworks
    {
        private static readonly Version[] CoreAppVersions = [new(1, 0), new(1, 1), new(2, 0), new(2, 1), new(2, 2), new(3, 0), new(3, 1)];
        private static readonly Version[] StandardVersions = [new(1, 0), new(1, 1), new(1, 2), new(1, 3), new(1, 4), new(1, 5), new(1, 6), new(2, 0), new(2, 1)];
        private static readonly int[] FrameworkVersions = [20, 30, 35, 40, 45, 451, 452, 46, 461, 462, 47, 471, 472, 48, 481];

        /// <summary>The newest .NET moniker of a `TargetFrameworks` list (the one whose APIs resolve best); null for none.</summary>
        public static string? Choose(string? monikers) =>
            All(monikers)
                .OrderByDescending(m => Parse(m).Kind == Kind.Net)
                .ThenByDescending(m => Parse(m).Version)
                .FirstOrDefault();

        /// <summary>Every expanded moniker of a `TargetFrameworks` list.</summary>
        public static System.Collections.Immutable.ImmutableArray<string> All(string? monikers) =>
            [.. (monikers ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(ProjectXml.IsExpanded)];

        /// <summary>The major version of a modern .NET moniker (net8.0 → 8), or null for .NET Framework/Standard/unknown.</summary>
        public static int? NetMajor(string? moniker) =>
            moniker is not null && Parse(moniker) is { Kind: Kind.Net } parsed ? parsed.Version.Major : null;

        public static IEnumerable<string> PreprocessorSymbols(string? moniker)
        {
            yield return "DEBUG";
            yield return "TRACE";
            if (moniker is null)
            {
                yield break;
            }

            var (kind, version) = Parse(moniker);
            switch (kind)
            {
                case Kind.Net:
                    yield return "NET";
                    yield return "NETCOREAPP";
                    yield return $"NET{version.Major}_{version.Minor}";
                    foreach (var v in CoreAppVersions)
                    {
                        yield return $"NETCOREAPP{v.Major}_{v.Minor}_OR_GREATER";
                    }

                    for (var major = 5; major <= version.Major; major++)
                    {
                        yield return $"NET{major}_0_OR_GREATER";
                    }

                    break;
                case Kind.CoreApp:
                    yield return "NETCOREAPP";
                    yield return $"NETCOREAPP{version.Major}_{version.Minor}";
                    foreach (var v in CoreAppVersions.Where(v => v <= version))
                    {
                        yield return $"NETCOREAPP{v.Major}_{v.Minor}_OR_GREATER";
                    }

                    break;
                case Kind.Standard:
                    yield return "NETSTANDARD";
                    yield return $"NETSTANDARD{version.Major}_{version.Minor}";
                    foreach (var v in StandardVersions.Where(v => v <= version))
                    {
                        yield return $"NETSTANDARD{v.Major}_{v.Minor}_OR_GREATER";
                    }

                    break;
                case Kind.Framework:
                    var number = version.Major;
                    yield return "NETFRAMEWORK";
                    yield return $"NET{number}";
                    foreach (var v in FrameworkVersions.Where(v => Comparable(v) <= Comparable(number)))
                    {
                        yield return $"NET{v}_OR_GREATER";
                    }

                    break;
            }
        }

        // net48 vs net472: compare as digit strings padded to three places (48 → 480 > 472).
        private static int Comparable(int frameworkNumber) => int.Parse(frameworkNumber.ToString(System.Globalization.CultureInfo.InvariantCulture).PadRight(3, '0'), System.Globalization.CultureInfo.InvariantCulture);

        private enum Kind
        {
            Unknown,
            Net,
            CoreApp,
            Standard,
            Framework,
        }

        private static (Kind Kind, Version Version) Parse(string moniker)
        {
            var name = moniker.Split('-')[0].ToLowerInvariant();
            if (name.StartsWith("netcoreapp", StringComparison.Ordinal) && Version.TryParse(name["netcoreapp".Length..], out var core))
            {
                return (Kind.CoreApp, core);
            }

            if (name.StartsWith("netstandard", StringComparison.Ordinal) && Version.TryParse(name["netstandard".Length..], out var standard))
            {
                return (Kind.Standard, standard);
            }

            if (name.StartsWith("net", StringComparison.Ordinal))
            {
                var rest = name[3..];
                if (rest.Contains('.', StringComparison.Ordinal) && Version.TryParse(rest, out var net))
                {
                    return (Kind.Net, net);
                }

                if (int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var framework))
                {
                    return (Kind.Framework, new Version(framework, 0));
                }
            }

            return (Kind.Unknown, new Version(0, 0));
        }
    }
}
