using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class ReceiptTextTests
    {
        [Fact]
        public void TotalIsWrittenWithItsCurrency()
        {
            var breakdown = new PriceBreakdown(Of(20m), Of(2m), Of(18m));

            Assert.Equal("18.00 EUR", ReceiptText.Format(breakdown, colour: false));
        }
    }
}
