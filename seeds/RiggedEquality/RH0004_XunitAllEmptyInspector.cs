// rule: RH0004
// references: XunitV2
// hack: 1.3
// source: Baker et al. 2025, arXiv:2503.11926 (a check reduced to one that cannot fail)

using System.Collections.Generic;
using Xunit;

namespace Seeds.RiggedEquality
{
    public class BasketTests
    {
        [Fact]
        public void Every_line_has_a_positive_price()
        {
            var prices = new List<decimal> { 0m, -3m };

            Assert.All(prices, _ => { });
        }
    }
}
