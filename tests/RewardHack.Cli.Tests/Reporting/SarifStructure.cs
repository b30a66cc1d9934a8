using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace RewardHack.Cli.Tests.Reporting
{
    /// <summary>
    /// The SARIF 2.1.0 structure our logs must have, checked property by property from the OASIS specification's required
    /// properties and value constraints (no schema file is available offline): sarifLog (version "2.1.0", runs), run (tool),
    /// toolComponent (name; rules with unique ids), result (message.text, ruleId matching rules[ruleIndex], level enum,
    /// relative artifact URIs with a declared uriBaseId, 1-based regions), invocation (executionSuccessful), notifications
    /// (message, level), property-bag tags (unique strings).
    /// </summary>
    internal static class SarifStructure
    {
        private static readonly string[] Levels = { "none", "note", "warning", "error" };

        public static void AssertValid(JsonElement log)
        {
            Assert.Equal("2.1.0", RequiredString(log, "version"));
            Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", RequiredString(log, "$schema"));
            var runs = Required(log, "runs", JsonValueKind.Array);
            Assert.True(runs.GetArrayLength() >= 1);
            foreach (var run in runs.EnumerateArray())
            {
                AssertRun(run);
            }
        }

        private static void AssertRun(JsonElement run)
        {
            var driver = Required(Required(run, "tool", JsonValueKind.Object), "driver", JsonValueKind.Object);
            Assert.False(string.IsNullOrEmpty(RequiredString(driver, "name")));
            AssertAbsoluteUri(RequiredString(driver, "informationUri"));
            var rules = Required(driver, "rules", JsonValueKind.Array).EnumerateArray().ToArray();
            var ruleIds = rules.Select(r => RequiredString(r, "id")).ToArray();
            Assert.Equal(ruleIds.Length, ruleIds.Distinct(StringComparer.Ordinal).Count());
            foreach (var rule in rules)
            {
                AssertRule(rule);
            }

            var baseIds = new HashSet<string>(StringComparer.Ordinal);
            if (run.TryGetProperty("originalUriBaseIds", out var originalUriBaseIds))
            {
                foreach (var baseId in originalUriBaseIds.EnumerateObject())
                {
                    var uri = RequiredString(baseId.Value, "uri");
                    AssertAbsoluteUri(uri);
                    Assert.EndsWith("/", uri, StringComparison.Ordinal);
                    baseIds.Add(baseId.Name);
                }
            }

            foreach (var result in Required(run, "results", JsonValueKind.Array).EnumerateArray())
            {
                var ruleId = RequiredString(result, "ruleId");
                var ruleIndex = Required(result, "ruleIndex", JsonValueKind.Number).GetInt32();
                Assert.InRange(ruleIndex, 0, rules.Length - 1);
                Assert.Equal(ruleId, ruleIds[ruleIndex]);
                Assert.Contains(RequiredString(result, "level"), Levels);
                AssertMessage(result);
                foreach (var location in Required(result, "locations", JsonValueKind.Array).EnumerateArray())
                {
                    AssertPhysicalLocation(Required(location, "physicalLocation", JsonValueKind.Object), baseIds);
                }

                foreach (var fingerprint in Required(result, "partialFingerprints", JsonValueKind.Object).EnumerateObject())
                {
                    Assert.Equal(JsonValueKind.String, fingerprint.Value.ValueKind);
                }

                AssertTags(result);
            }

            foreach (var invocation in Required(run, "invocations", JsonValueKind.Array).EnumerateArray())
            {
                Required(invocation, "executionSuccessful", JsonValueKind.True, JsonValueKind.False);
                if (invocation.TryGetProperty("toolExecutionNotifications", out var notifications))
                {
                    foreach (var notification in notifications.EnumerateArray())
                    {
                        AssertMessage(notification);
                        Assert.Contains(RequiredString(notification, "level"), Levels);
                        if (notification.TryGetProperty("locations", out var locations))
                        {
                            foreach (var location in locations.EnumerateArray())
                            {
                                AssertPhysicalLocation(Required(location, "physicalLocation", JsonValueKind.Object), baseIds);
                            }
                        }
                    }
                }
            }
        }

        private static void AssertRule(JsonElement rule)
        {
            Assert.False(string.IsNullOrEmpty(RequiredString(rule, "name")));
            Assert.False(string.IsNullOrEmpty(RequiredString(Required(rule, "shortDescription", JsonValueKind.Object), "text")));
            Assert.False(string.IsNullOrEmpty(RequiredString(Required(rule, "fullDescription", JsonValueKind.Object), "text")));
            AssertAbsoluteUri(RequiredString(rule, "helpUri"));
            var help = Required(rule, "help", JsonValueKind.Object);
            RequiredString(help, "text");
            RequiredString(help, "markdown");
            Assert.Contains(RequiredString(Required(rule, "defaultConfiguration", JsonValueKind.Object), "level"), Levels);
            AssertTags(rule);
        }

        private static void AssertPhysicalLocation(JsonElement physicalLocation, HashSet<string> baseIds)
        {
            var artifact = Required(physicalLocation, "artifactLocation", JsonValueKind.Object);
            var uri = RequiredString(artifact, "uri");
            Assert.True(Uri.TryCreate(uri, UriKind.Relative, out _), "not a relative URI reference: " + uri);
            Assert.Contains(RequiredString(artifact, "uriBaseId"), baseIds);
            if (physicalLocation.TryGetProperty("region", out var region))
            {
                foreach (var property in region.EnumerateObject())
                {
                    Assert.True(property.Value.GetInt32() >= 1, property.Name + " must be >= 1");
                }

                Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
            }
        }

        private static void AssertMessage(JsonElement owner) =>
            RequiredString(Required(owner, "message", JsonValueKind.Object), "text");

        private static void AssertTags(JsonElement owner)
        {
            var tags = Required(Required(owner, "properties", JsonValueKind.Object), "tags", JsonValueKind.Array)
                .EnumerateArray().Select(t => t.GetString()).ToArray();
            Assert.Equal(tags.Length, tags.Distinct(StringComparer.Ordinal).Count());
        }

        private static void AssertAbsoluteUri(string uri) =>
            Assert.True(Uri.TryCreate(uri, UriKind.Absolute, out _), "not an absolute URI: " + uri);

        private static string RequiredString(JsonElement owner, string name) =>
            Required(owner, name, JsonValueKind.String).GetString()!;

        private static JsonElement Required(JsonElement owner, string name, params JsonValueKind[] kinds)
        {
            Assert.True(owner.TryGetProperty(name, out var value), "missing required property " + name);
            Assert.Contains(value.ValueKind, kinds);
            return value;
        }
    }
}
