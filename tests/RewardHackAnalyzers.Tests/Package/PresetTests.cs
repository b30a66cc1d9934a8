using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Package
{
    /// <summary>
    /// The shipped severity presets list exactly the catalog's rules, at the severity each mode promises.
    /// (Mode Default has no preset: see buildTransitive/RewardHackAnalyzers.props.)
    /// </summary>
    public class PresetTests
    {
        public static TheoryData<string> Modes => new() { "Strict", "AgentReview" };

        [Fact]
        public void There_is_a_preset_for_each_gating_mode_and_none_for_Default()
        {
            var files = Directory.GetFiles(RepoPaths.Presets).Select(Path.GetFileName).Order(StringComparer.Ordinal);

            Assert.Equal(["AgentReview.globalconfig", "Strict.globalconfig"], files);
        }

        [Theory]
        [MemberData(nameof(Modes))]
        public void Preset_is_a_global_config_below_the_projects_own(string mode)
        {
            Dictionary<string, string> settings = Read(mode);

            Assert.Equal("true", settings["is_global"]);
            // A project's own .globalconfig is level 100 unless it says otherwise; the project must win.
            Assert.Equal("-50", settings["global_level"]);
        }

        [Theory]
        [MemberData(nameof(Modes))]
        public void Preset_sets_every_catalog_rule_to_the_severity_of_its_mode(string mode)
        {
            var expected = Rules.All
                .Select(d => $"dotnet_diagnostic.{d.Id}.severity = {Severity(mode, d)}")
                .Order(StringComparer.Ordinal);
            var actual = Read(mode)
                .Where(s => s.Key.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal))
                .Select(s => $"{s.Key} = {s.Value}")
                .Order(StringComparer.Ordinal);

            Assert.Equal(expected, actual);
        }

        private static string Severity(string mode, DiagnosticDescriptor rule) => mode switch
        {
            "Strict" => rule.IsEnabledByDefault ? "error" : "none",
            "AgentReview" => "error",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a preset."),
        };

        /// <summary>The key/value pairs of a preset; a section or a repeated key fails the test (a global config has neither).</summary>
        private static Dictionary<string, string> Read(string mode)
        {
            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string raw in File.ReadAllLines(Path.Combine(RepoPaths.Presets, mode + ".globalconfig")))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
                {
                    continue;
                }

                Assert.False(line.StartsWith('['), $"{mode}: unexpected section '{line}'");
                int equals = line.IndexOf('=', StringComparison.Ordinal);
                Assert.True(equals > 0, $"{mode}: not a key = value line: '{line}'");
                settings.Add(line[..equals].Trim(), line[(equals + 1)..].Trim());
            }

            return settings;
        }
    }
}
