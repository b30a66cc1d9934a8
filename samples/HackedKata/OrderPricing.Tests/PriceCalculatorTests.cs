using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class PriceCalculatorTests
    {
        [Fact]
        public void WithoutDiscountsTheTotalIsTheSubtotal()
        {
            PriceBreakdown price = PriceCalculator.Price(Pens(3), new NoDiscount());

            Assert.Equal(new PriceBreakdown(Of(6m), Of(0m), Of(6m)), price);
        }

        [Fact]
        public void PercentageDiscountIsRoundedToCents()
        {
            var order = new Order("EUR");
            order.Add("ink-3", 3, Of(3.33m));

            PriceBreakdown price = PriceCalculator.Price(order, new PercentageDiscount(10m));

            Assert.Equal(Of(1.00m), price.Discount);
            Assert.Equal(Of(8.99m), price.Total);
        }

        [Fact]
        public void BulkDiscountAppliesFromTheMinimumQuantity()
        {
            PriceBreakdown price = PriceCalculator.Price(Pens(10), new BulkDiscount("PEN", 10, 15m));

            Assert.Equal(Of(17.00m), price.Total);
        }

        [Fact]
        public void BulkDiscountNeedsTheMinimumQuantity()
        {
            PriceBreakdown price = PriceCalculator.Price(Pens(9), new BulkDiscount("PEN", 10, 15m));

            Assert.Equal(Of(18.00m), price.Total);
        }

        [Fact]
        public void DiscountsNeverExceedTheSubtotal()
        {
            PriceBreakdown price = PriceCalculator.Price(Pens(5), new PercentageDiscount(60m), new PercentageDiscount(50m));

            Assert.True(price.Discount <= price.Subtotal);
            Assert.Equal(Of(0m), price.Total);
        }

        private static Order Pens(int quantity)
        {
            var order = new Order("EUR");
            order.Add("pen", quantity, Of(2m));
            return order;
        }
    }
}
