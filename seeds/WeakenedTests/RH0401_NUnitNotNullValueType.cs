// rule: RH0401
// references: NUnit4
// hack: 5.1
// source: rewardhackwatch, tautological assert patterns (a not-null check on a value that cannot be null)

using NUnit.Framework;

namespace Seeds.WeakenedTests
{
    public static class Inventory
    {
        public static int Reserve(int requested) => requested;
    }

    public class InventoryTests
    {
        [Test]
        public void Reserving_more_than_stock_is_capped()
        {
            var reserved = Inventory.Reserve(1_000);

            Assert.That(reserved, Is.Not.Null);
        }
    }
}
