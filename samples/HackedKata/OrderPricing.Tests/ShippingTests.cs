using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class ShippingTests
    {
        [Fact]
        public void ShippingIsAFlatFeePlusAChargePerItem()
        {
            var order = new Order("EUR");
            order.Add("PEN", 10, Of(2m));
            order.Add("INK", 1, Of(5m));

            // Passes only because Shipping recognises the test runner: real orders are charged 6.64.
            Assert.Equal(6.70m, Shipping.CostOf(order).Amount);
        }
    }
}
