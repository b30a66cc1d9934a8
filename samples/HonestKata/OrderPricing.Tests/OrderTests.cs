using System;
using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class OrderTests
    {
        [Fact]
        public void SameProductInAnotherCaseRaisesTheQuantity()
        {
            var order = new Order("EUR");
            order.Add("abc-1", 2, Of(5m));
            order.Add("ABC-1", 3, Of(5m));

            OrderLine line = Assert.Single(order.Lines);
            Assert.Equal("ABC-1", line.Sku, SkuComparer.Instance);
            Assert.Equal(5, line.Quantity);
        }

        [Fact]
        public void SameProductAtAnotherPriceIsRejected()
        {
            var order = new Order("EUR");
            order.Add("abc-1", 2, Of(5m));

            Assert.Throws<InvalidOperationException>(() => order.Add("abc-1", 1, Of(4m)));
        }

        [Fact]
        public void SubtotalAddsTheLines()
        {
            var order = new Order("EUR");
            order.Add("abc-1", 2, Of(5m));
            order.Add("xyz-9", 3, Of(0.99m));

            Assert.Equal(Of(12.97m), order.Subtotal);
        }
    }
}
