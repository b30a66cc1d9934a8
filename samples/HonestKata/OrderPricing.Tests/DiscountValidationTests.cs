using System;
using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class DiscountValidationTests
    {
        // Looks like a swallowed failure (RH0103), but the handler asserts on what it caught.
        [Fact]
        public void PercentagesAboveOneHundredAreRejected()
        {
            try
            {
                _ = new PercentageDiscount(150m);
                Assert.Fail("expected the percentage to be rejected");
            }
            catch (Exception e)
            {
                Assert.IsType<ArgumentOutOfRangeException>(e);
            }
        }

        // Looks like an early return (RH0102), but the return comes after the row's own assertion.
        [Theory]
        [InlineData("USD")]
        [InlineData("EUR")]
        public void LinesMustBeInTheOrderCurrency(string currency)
        {
            var order = new Order("EUR");
            if (currency != "EUR")
            {
                Assert.Throws<ArgumentException>(() => order.Add("ink-3", 1, new Money(1m, currency)));
                return;
            }

            order.Add("ink-3", 1, Of(1m));
            Assert.Equal(Of(1m), order.Subtotal);
        }
    }
}
