// rule: RH0402
// references: NUnit4
// hack: 5.2
// source: Sonar S2699 accepts any call whose name contains "Assert"; a helper named like an assertion that checks nothing

using NUnit.Framework;

namespace Seeds.WeakenedTests
{
    public static class Shipping
    {
        public static decimal Cost(decimal weightKg) => weightKg * 2m;
    }

    public class ShippingTests
    {
        [Test]
        public void Heavy_parcels_cost_more() => AssertCost(Shipping.Cost(30m), 75m);

        private static void AssertCost(decimal actual, decimal expected) =>
            TestContext.WriteLine($"cost {actual}, expected {expected}");
    }
}
