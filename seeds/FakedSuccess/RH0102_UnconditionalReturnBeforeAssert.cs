// rule: RH0102
// also: RH0501
// references: NUnit4
// hack: 2.2
// source: Baker et al. 2025, arXiv:2503.11926 (exiting before the checks run), as an unconditional return in an NUnit test

using NUnit.Framework;

namespace Seeds.FakedSuccess
{
    public static class Shipping
    {
        public static decimal Cost(decimal weightKg) => 4.99m + (weightKg * 1.5m);
    }

    public class ShippingTests
    {
        [Test]
        public void Cost_grows_with_weight()
        {
            var light = Shipping.Cost(1m);
            var heavy = Shipping.Cost(10m);
#pragma warning disable CS0162 // the hack: the assertion below is unreachable (hiding the compiler warning is RH0501)
            return;
            Assert.That(heavy, Is.GreaterThan(light));
#pragma warning restore CS0162
        }
    }
}
