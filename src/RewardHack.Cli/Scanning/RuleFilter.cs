using System;
using System.Collections.Immutable;
using System.Linq;

namespace RewardHack.Cli.Scanning
{
    /// <summary>`--rules RH0001,RH01*`: rule ids, a trailing '*' matching any id with that prefix; empty keeps every rule.</summary>
    public sealed class RuleFilter
    {
        private readonly ImmutableArray<string> patterns;

        public RuleFilter(string? spec)
        {
            patterns = (spec ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray();
        }

        public static RuleFilter All { get; } = new(null);

        public ImmutableArray<string> Patterns => patterns;

        public bool Includes(string ruleId) =>
            patterns.IsEmpty || patterns.Any(p => p.EndsWith('*')
                ? ruleId.StartsWith(p[..^1], StringComparison.OrdinalIgnoreCase)
                : string.Equals(ruleId, p, StringComparison.OrdinalIgnoreCase));
    }
}
