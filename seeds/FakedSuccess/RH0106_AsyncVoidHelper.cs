// rule: RH0106
// references: MSTest
// hack: 2.5
// source: MSTest analyzer MSTEST0040 (assertions in async void contexts are swallowed)

using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Seeds.FakedSuccess
{
    [TestClass]
    public class BalanceTests
    {
        private static Task<decimal> BalanceAsync() => Task.FromResult(10m);

        [TestMethod]
        public void Balance_is_ten()
        {
            CheckBalance(10m);
        }

        // async void: the failed assertion never reaches the test.
        private static async void CheckBalance(decimal expected)
        {
            var balance = await BalanceAsync();
            Assert.AreEqual(expected, balance + 1m);
        }
    }
}
