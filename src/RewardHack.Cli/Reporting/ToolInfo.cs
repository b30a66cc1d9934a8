using System;
using System.Reflection;

namespace RewardHack.Cli.Reporting
{
    /// <summary>The scanner's identity as every machine-readable report states it.</summary>
    public static class ToolInfo
    {
        public const string Name = "rewardhack";

        public const string InformationUri = "https://github.com/rewardhackanalyzers/RewardHackAnalyzers";

        /// <summary>The tool's version, e.g. "0.1.0": the informational version without the SDK's "+commit" suffix.</summary>
        public static string Version { get; } = ReadVersion();

        private static string ReadVersion()
        {
            var assembly = typeof(ToolInfo).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (!string.IsNullOrEmpty(informational))
            {
                var plus = informational.IndexOf('+', StringComparison.Ordinal);
                return plus < 0 ? informational : informational.Substring(0, plus);
            }

            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }
    }
}
