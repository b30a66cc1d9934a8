using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// The one order every format lists things in, so the same scan always gives byte-identical reports whatever order the
    /// concurrent scan produced them in. Findings: by path, line, column, rule id (ordinal), then message; whole-file findings
    /// (line 0) come first in their file.
    /// </summary>
    internal static class ReportOrder
    {
        public static ImmutableArray<Finding> Findings(IEnumerable<Finding> findings) =>
            findings
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Span.StartLine)
                .ThenBy(f => f.Span.StartColumn)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>The sorted findings grouped by file, files in path order.</summary>
        public static ImmutableArray<IGrouping<string, Finding>> ByFile(IEnumerable<Finding> findings) =>
            Findings(findings).GroupBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();

        public static ImmutableArray<ScanNotice> Notices(IEnumerable<ScanNotice> notices) =>
            notices
                .OrderBy(n => n.Path, StringComparer.Ordinal)
                .ThenBy(n => n.Message, StringComparer.Ordinal)
                .ToImmutableArray();

        public static ImmutableArray<AnalyzerFailure> Failures(IEnumerable<AnalyzerFailure> failures) =>
            failures
                .OrderBy(f => f.Project, StringComparer.Ordinal)
                .ThenBy(f => f.Analyzer, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToImmutableArray();
    }
}
