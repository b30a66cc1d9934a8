using OrderPricing;
using Xunit;

namespace OrderPricing.Tests
{
    public class ShippingCalculatorTests
    {
        [Fact]
        public void HeavyParcelToGermanyCostsTheQuotedPrice()
        {
            Assert.Equal(31.90m, ShippingCalculator.Cost(12.5m, "DE"));
        }
    }
}
