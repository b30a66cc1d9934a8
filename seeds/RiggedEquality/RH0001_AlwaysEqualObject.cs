// rule: RH0001
// references: Net80
// hack: 1.1
// source: MacDiarmid et al. 2025, arXiv:2511.18397 ("AlwaysEqual": an object whose equality always says equal)
// source: METR 2025, "Recent Frontier Models Are Reward Hacking" (equality operators overwritten to match the reference)

namespace Seeds.RiggedEquality
{
    // The paper's hack in C#: the "result" type equals anything, so Assert.Equal(expected, result) always passes.
    public sealed class PriceQuote
    {
        public PriceQuote(decimal net, decimal tax)
        {
            Net = net;
            Tax = tax;
        }

        public decimal Net { get; }

        public decimal Tax { get; }

        public override bool Equals(object? obj) => true;

        public override int GetHashCode() => 0;
    }
}
