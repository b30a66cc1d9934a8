using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests.Discounts
{
    // A helper with a name of its own that really asserts: not a stand-in for Xunit.Assert.
    internal static class MoneyAssert
    {
        public static void Equal(decimal expected, Money actual)
        {
            Assert.Equal("EUR", actual.Currency);
            Assert.Equal(expected, actual.Amount);
        }
    }

    public class PercentageDiscountTests
    {
        [Fact]
        public void TwentyPercentOffTenEuros()
        {
            var order = new Order("EUR");
            order.Add("pen-1", 5, Of(2m));

            PriceBreakdown price = PriceCalculator.Price(order, new PercentageDiscount(20m));

            MoneyAssert.Equal(2.00m, price.Discount);
            MoneyAssert.Equal(8.00m, price.Total);
        }
    }
}
