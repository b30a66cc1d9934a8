using OrderPricing;
using Xunit;

namespace OrderPricing.Tests
{
    public class ShippingCalculatorTests
    {
        [Theory]
        [InlineData(12.5, "DE", 36.10)]
        [InlineData(2.0, "NL", 8.50)]
        [InlineData(1.2, "US", 12.70)]
        public void ChargesTheHandlingFeePlusTheZoneRatePerStartedKilogram(double weightKg, string country, double expected)
        {
            Assert.Equal((decimal)expected, ShippingCalculator.Cost((decimal)weightKg, country));
        }

        [Fact]
        public void NothingToShipCostsNothing()
        {
            Assert.Equal(0m, ShippingCalculator.Cost(0m, "DE"));
        }
    }
}
