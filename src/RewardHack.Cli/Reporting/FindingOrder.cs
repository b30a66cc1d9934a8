using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// The one order every format lists findings in: by path, line, column, rule id (ordinal), then message, so the same scan
    /// always gives byte-identical reports. Whole-file findings (line 0) come first in their file.
    /// </summary>
    internal static class FindingOrder
    {
        public static ImmutableArray<Finding> Sort(IEnumerable<Finding> findings) =>
            findings
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Span.StartLine)
                .ThenBy(f => f.Span.StartColumn)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>The sorted findings grouped by file, files in path order.</summary>
        public static ImmutableArray<IGrouping<string, Finding>> ByFile(IEnumerable<Finding> findings) =>
            Sort(findings).GroupBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
    }
}
