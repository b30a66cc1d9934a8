// rule: RH0101
// references: XunitV2
// hack: 2.1
// source: MacDiarmid et al. 2025, arXiv:2511.18397 (sys.exit(0) before the asserts), as Environment.Exit in an xUnit test
// source: Baker et al. 2025, arXiv:2503.11926 (exiting early so the tests report success)

using System;
using Xunit;

namespace Seeds.FakedSuccess
{
    public static class Inventory
    {
        public static int Reserve(int stock, int quantity) => stock - quantity;
    }

    public class InventoryTests
    {
        [Fact]
        public void Reserving_reduces_the_stock()
        {
            var left = Inventory.Reserve(10, 3);
            Environment.Exit(0);
            Assert.Equal(7, left);
        }
    }
}
