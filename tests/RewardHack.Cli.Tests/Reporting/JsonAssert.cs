using System.Linq;
using System.Text.Json;
using Xunit;

namespace RewardHack.Cli.Tests.Reporting
{
    /// <summary>Exact assertions on parsed JSON: property names in their written order, and values.</summary>
    internal static class JsonAssert
    {
        public static void PropertyNames(JsonElement element, params string[] names) =>
            Assert.Equal(names, element.EnumerateObject().Select(p => p.Name).ToArray());

        /// <summary>An object of integer counts, e.g. {"error":1,"warning":2}, given as "error=1", "warning=2" in order.</summary>
        public static void Counts(JsonElement element, params string[] counts) =>
            Assert.Equal(counts, element.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetInt32()).ToArray());

        public static void Strings(JsonElement array, params string[] values) =>
            Assert.Equal(values, array.EnumerateArray().Select(v => v.GetString()).ToArray());
    }
}
