using System;

namespace RewardHackAnalyzers.Oversight
{
    /// <summary>Whether a [SuppressMessage] justification says something a reviewer can check.</summary>
    internal static class SuppressionJustification
    {
        /// <summary>Shorter than this is a placeholder ("ok", "n/a", "fp"), not a reason.</summary>
        public const int MinimumLength = 12;

        /// <summary>The placeholder the IDE inserts, and the markers of a reason still to be written.</summary>
        private static readonly string[] Placeholders = { "<Pending>", "TODO", "FIXME", "TBD" };

        /// <summary>Null when <paramref name="justification"/> is a real reason; otherwise how the message describes it.</summary>
        public static string? Weakness(string? justification)
        {
            var text = justification?.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                return "without a justification";
            }

            foreach (var placeholder in Placeholders)
            {
                if (text.StartsWith(placeholder, StringComparison.OrdinalIgnoreCase))
                {
                    return "with the placeholder justification '" + text + "'";
                }
            }

            return text.Length < MinimumLength ? "with the too-short justification '" + text + "'" : null;
        }
    }
}
