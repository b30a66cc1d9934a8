using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RewardHack.Cli.Findings
{
    /// <summary>
    /// One reported reward hack, whatever produced it (an analyzer on a compilation, or a build/CI file check), in the shape
    /// every report format reads. Paths are relative to the scan root with '/' separators, so reports are stable across machines.
    /// </summary>
    public sealed record Finding(
        DiagnosticDescriptor Rule,
        DiagnosticSeverity Severity,
        string Message,
        string Path,
        SourceSpan Span)
    {
        public string RuleId => Rule.Id;
    }

    /// <summary>A 1-based line/column range; <see cref="None"/> for a finding about a whole file.</summary>
    public readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static SourceSpan None => default;

        public bool IsNone => StartLine == 0;
    }

    /// <summary>Everything one scan produced: findings, files skipped with why, and analyzer failures (never hidden: exit code 3).</summary>
    public sealed record ScanResult(
        string Root,
        ImmutableArray<Finding> Findings,
        ImmutableArray<ScanNotice> Notices,
        ImmutableArray<AnalyzerFailure> Failures,
        int FilesScanned,
        System.TimeSpan Elapsed);

    /// <summary>A one-line notice about input the scan skipped or could only partly read (binary file, invalid XML, ...).</summary>
    public sealed record ScanNotice(string Path, string Message);

    /// <summary>An analyzer that threw (AD0001) while scanning: reported with the exception message, the rest of the scan goes on.</summary>
    public sealed record AnalyzerFailure(string Analyzer, string Project, string Message);
}
