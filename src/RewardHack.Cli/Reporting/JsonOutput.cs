using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RewardHack.Cli.Reporting
{
    /// <summary>
    /// Writes the JSON and SARIF reports. Both are built as <see cref="JsonObject"/> trees, which keep properties in the order
    /// they were added, so the documented property order is the written one.
    /// </summary>
    internal static class JsonOutput
    {
        // Relaxed escaping keeps quotes and non-ASCII readable; the reports are files, never embedded in HTML.
        private static readonly JsonSerializerOptions Options = new()
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static void Write(JsonNode document, TextWriter output)
        {
            output.Write(document.ToJsonString(Options));
            output.WriteLine();
        }
    }
}
