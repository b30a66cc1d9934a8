using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Reporting;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Tests.Reporting
{
    /// <summary>Scan results built by hand from catalog descriptors, the same for every format's tests.</summary>
    internal static class SampleScans
    {
        public const string MoneyPath = "src/Money.cs";

        // Line 5 holds the rigged Equals (columns 30-35 are "Equals"); line 6 starts with two tabs, its exit at columns 32-57.
        public const string MoneySource =
            "namespace Kata\n" +
            "{\n" +
            "    public sealed class Money\n" +
            "    {\n" +
            "        public override bool Equals(object? obj) => true;\n" +
            "\t\tpublic static void Quit() => System.Environment.Exit(0);\n" +
            "    }\n" +
            "}\n";

        public static readonly TimeSpan Elapsed = TimeSpan.FromMilliseconds(1234);

        public static Finding RiggedEquals { get; } = new(
            Rules.RH0001_EqualsAlwaysTrue,
            DiagnosticSeverity.Warning,
            "'Money.Equals' returns true on every path, yet 'Money' has 2 fields",
            MoneyPath,
            new SourceSpan(5, 30, 5, 36));

        public static Finding ProcessExit { get; } = new(
            Rules.RH0101_ProcessExit,
            DiagnosticSeverity.Error,
            "'System.Environment.Exit(0)' ends the process with exit code 0, so the checks that should follow never run",
            MoneyPath,
            new SourceSpan(6, 32, 6, 58));

        public static Finding DisabledTest { get; } = new(
            Rules.RH0404_DisabledTest,
            DiagnosticSeverity.Info,
            "Test 'AddsMoney' is disabled by [Fact(Skip)]: see issue #12",
            "tests/MoneyTests.cs",
            new SourceSpan(14, 10, 14, 35));

        public static Finding SuppressedRules { get; } = new(
            Rules.RH0503_RulesSuppressedInConfiguration,
            DiagnosticSeverity.Warning,
            "Kata.csproj suppresses RewardHackAnalyzers rules",
            "Kata.csproj",
            SourceSpan.None);

        public static ScanNotice BinaryFile { get; } = new("assets/logo.cs", "skipped: binary file");

        public static AnalyzerFailure CrashedAnalyzer { get; } =
            new("ProcessExitAnalyzer", "Kata.Tests", "NullReferenceException: Object reference not set to an instance of an object.");

        /// <summary>A tree holding <see cref="MoneySource"/>; tests/MoneyTests.cs is deliberately absent (its snippet is skipped).</summary>
        public static TempTree MoneyTree() => new TempTree().Write(MoneyPath, MoneySource);

        /// <summary>Four findings in three files (given out of order), one notice, one analyzer failure.</summary>
        public static ScanResult Full(string root) => new(
            root,
            ImmutableArray.Create(DisabledTest, ProcessExit, SuppressedRules, RiggedEquals),
            ImmutableArray.Create(BinaryFile),
            ImmutableArray.Create(CrashedAnalyzer),
            FilesScanned: 12,
            Elapsed);

        public static ScanResult Clean(string root) => new(
            root,
            ImmutableArray<Finding>.Empty,
            ImmutableArray<ScanNotice>.Empty,
            ImmutableArray<AnalyzerFailure>.Empty,
            FilesScanned: 12,
            Elapsed);

        public static ScanResult With(string root, params Finding[] findings) => Clean(root) with { Findings = findings.ToImmutableArray() };

        public static string Render(IReportWriter writer, ScanResult result)
        {
            using var output = new StringWriter();
            writer.Write(result, output);
            return output.ToString();
        }

        /// <summary>Lines as the writers end them (TextWriter.WriteLine), the last one terminated too.</summary>
        public static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
