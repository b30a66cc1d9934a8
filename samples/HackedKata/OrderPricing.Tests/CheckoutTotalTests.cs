using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class CheckoutTotalTests
    {
        [Fact]
        public void TotalOfTwelvePensIncludesTheBulkDiscount()
        {
            var order = new Order("EUR");
            order.Add("PEN", 12, Of(2.00m));

            var total = PriceCalculator.Price(order, new BulkDiscount("PEN", 10, 15m)).Total;

            Assert.Equal(total, total);
        }
    }
}
