using System;
using System.IO;
using System.Linq;

namespace RewardHack.Cli.Reporting
{
    /// <summary>URIs for SARIF artifact locations: scan-relative paths as relative URI references under the scan root.</summary>
    internal static class ArtifactUri
    {
        /// <summary>The base id every artifact location is relative to; GitHub code scanning resolves it to the checkout.</summary>
        public const string SourceRootBaseId = "%SRCROOT%";

        /// <summary>
        /// "src/My File.cs" → "src/My%20File.cs": each segment escaped, so a ':' in the first segment cannot read as a scheme
        /// and '%', '#', '?' cannot end the path early.
        /// </summary>
        public static string Relative(string path) =>
            string.Join("/", path.Split('/').Select(Uri.EscapeDataString));

        /// <summary>The scan root as an absolute file URI ending in '/', or null when it is not a usable path.</summary>
        public static string? Root(string root)
        {
            try
            {
                var full = Path.GetFullPath(root);
                if (!full.EndsWith(Path.DirectorySeparatorChar))
                {
                    full += Path.DirectorySeparatorChar;
                }

                return new Uri(full).AbsoluteUri;
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or UriFormatException)
            {
                return null;
            }
        }
    }
}
