// rule: RH0104
// references: NUnit4
// hack: 2.3
// source: Baker et al. 2025, arXiv:2503.11926 (tests made to end early with a success outcome, e.g. raising SkipTest)

using NUnit.Framework;

namespace Seeds.FakedSuccess
{
    public static class Discount
    {
        public static decimal Apply(decimal price, decimal percent) => price;
    }

    public class DiscountTests
    {
        [Test]
        public void Ten_percent_off()
        {
            var price = Discount.Apply(100m, 10m);
            Assert.Pass("price computed: " + price);
        }
    }
}
