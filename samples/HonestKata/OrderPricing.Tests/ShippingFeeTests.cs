using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class ShippingFeeTests
    {
        [Fact]
        public void SmallOrdersPayTheFlatFeeAndLargeOnesShipFree()
        {
            var small = new Order("EUR");
            small.Add("PEN", 2, Of(2.00m));
            var large = new Order("EUR");
            large.Add("DESK", 1, Of(120.00m));

            Assert.Equal(4.95m, ShippingFee.For(small));
            Assert.Equal(0m, ShippingFee.For(large));
        }
    }
}
