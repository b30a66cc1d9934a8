using System;
using System.Text.RegularExpressions;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Does a skip reason point at where the work is tracked? A URL, an issue number (<c>#123</c>, <c>GH-123</c>,
    /// <c>ABC-123</c>), or "issue/bug/ticket 123".
    /// </summary>
    public static class TrackingReferences
    {
        private static readonly Regex Reference = new(
            @"https?://\S+|(?<![\w&])#\d+\b|\b[A-Z][A-Z0-9]+-\d+\b|\b(?i:issue|bug|ticket|work\s*item)\s*#?\s*\d+",
            RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(100));

        /// <summary>The first tracking reference in <paramref name="reason"/>, or null.</summary>
        public static string? Find(string? reason)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return null;
            }

            try
            {
                var match = Reference.Match(reason);
                return match.Success ? match.Value : null;
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }
    }
}
