using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// A read of something that differs between a test run and a real run (see <see cref="Probes"/>).
    /// <see cref="Description"/> completes "it checks …" in the messages; <see cref="Caller"/> is the method that
    /// declares a caller-information parameter, otherwise null.
    /// </summary>
    internal sealed class Probe
    {
        public Probe(ProbeKind kind, string description, IMethodSymbol? caller = null)
        {
            Kind = kind;
            Description = description;
            Caller = caller;
        }

        public ProbeKind Kind { get; }

        public string Description { get; }

        public IMethodSymbol? Caller { get; }
    }
}
