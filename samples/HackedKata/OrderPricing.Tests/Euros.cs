using OrderPricing;

namespace OrderPricing.Tests
{
    internal static class Euros
    {
        public static Money Of(decimal amount) => new(amount, "EUR");
    }
}
