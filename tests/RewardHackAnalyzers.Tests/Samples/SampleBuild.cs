using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Samples
{
    /// <summary>Builds and tests one sample under samples/ with the CLI, as a user would.</summary>
    internal sealed partial class SampleBuild
    {
        private SampleBuild(string name)
        {
            Name = name;
            Directory = Path.Combine(RepoPaths.Samples, name);
        }

        public string Name { get; }

        public string Directory { get; }

        private string Solution => Path.Combine(Directory, Name + ".sln");

        public static SampleBuild Of(string name) => new(name);

        /// <summary>
        /// <c>dotnet build</c> of the sample's solution. The samples recompile on every build (see
        /// samples/Directory.Build.targets), so findings are reported even when nothing changed. Normal verbosity
        /// logs each compiler command line, which shows the analyzers were actually handed to the compiler.
        /// </summary>
        public DotnetResult Build() => DotnetCli.Run(Directory, ["build", Solution, .. DotnetCli.PlainOutput, "-v:n"]);

        public DotnetResult Test() => DotnetCli.Run(Directory, ["test", Solution, "--no-build", .. DotnetCli.PlainOutput]);

        /// <summary>Everything the build reported about the code: findings, compiler warnings, analyzer load failures or crashes.</summary>
        public IReadOnlyList<BuildDiagnostic> Findings(DotnetResult build) => BuildOutput.CompilationDiagnostics(build.Output, Directory);

        /// <summary>The names of the sample's projects whose compiler command line loaded RewardHackAnalyzers.dll.</summary>
        public static IReadOnlySet<string> ProjectsCompiledWithTheAnalyzers(DotnetResult build) =>
            CompilerCommandLine().Matches(build.Output)
                // Loaded as an analyzer, not merely named: when the sample build recompiles the analyzer project itself,
                // that command line names RewardHackAnalyzers.dll as its output and must not count as a sample project.
                .Where(m => AnalyzerArgument().IsMatch(m.Value))
                .Select(m => m.Groups["assembly"].Value)
                .ToHashSet(StringComparer.Ordinal);

        /// <summary>(failed, passed, skipped) from the test run's summary line.</summary>
        public static (int Failed, int Passed, int Skipped) Outcome(DotnetResult test)
        {
            Match summary = TestSummary().Match(test.Output);
            if (!summary.Success)
            {
                return (-1, -1, -1);
            }

            int Count(string group) => int.Parse(summary.Groups[group].Value, CultureInfo.InvariantCulture);
            return (Count("failed"), Count("passed"), Count("skipped"));
        }

        [GeneratedRegex(@"^.*[/\\]csc(?:\.dll|\.exe)?\s.*/out:\S*?(?<assembly>[^/\\\s]+)\.dll\s.*$", RegexOptions.Multiline)]
        private static partial Regex CompilerCommandLine();

        [GeneratedRegex(@"/analyzer:\S*[/\\]RewardHackAnalyzers\.dll(\s|$)")]
        private static partial Regex AnalyzerArgument();

        [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+), Skipped:\s+(?<skipped>\d+), Total:")]
        private static partial Regex TestSummary();
    }
}
