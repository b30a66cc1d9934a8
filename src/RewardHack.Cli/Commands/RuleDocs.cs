using System.IO;

namespace RewardHack.Cli.Commands
{
    /// <summary>The rule pages (docs/rules/RHxxxx.md), embedded in the tool at build time.</summary>
    public static class RuleDocs
    {
        /// <summary>The page's Markdown, or null when the rule has no page.</summary>
        public static string? Page(string ruleId)
        {
            using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("rules/" + ruleId + ".md");
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
