using System;
using Xunit;
using static OrderPricing.Tests.Euros;

namespace OrderPricing.Tests
{
    public class MoneyTests
    {
        [Fact]
        public void AmountsInTheSameCurrencyAdd()
        {
            Assert.Equal(Of(12.50m), Of(10m).Add(Of(2.50m)));
        }

        [Fact]
        public void AmountsInDifferentCurrenciesDoNotAdd()
        {
            Assert.Throws<InvalidOperationException>(() => Of(10m).Add(new Money(10m, "USD")));
        }

        [Fact]
        public void SameAmountAndCurrencyAreEqual()
        {
            Assert.Equal(Of(10m), Of(10.00m));
            Assert.True(Of(10m) == Of(10.00m));
            Assert.Equal(Of(10m).GetHashCode(), Of(10.00m).GetHashCode());
        }

        [Fact]
        public void DifferentAmountOrCurrencyAreNotEqual()
        {
            Assert.NotEqual(Of(10m), Of(10.01m));
            Assert.NotEqual(Of(10m), new Money(10m, "USD"));
            Assert.True(Of(10m) != Of(10.01m));
        }

        [Fact]
        public void RoundingToCentsTakesHalvesAwayFromZero()
        {
            Assert.Equal(Of(0.13m), Of(0.125m).RoundedToCents());
            Assert.Equal(Of(-0.13m), Of(-0.125m).RoundedToCents());
        }

        [Fact]
        public void AmountsCompareByValue()
        {
            Assert.True(Of(1m) < Of(2m));
            Assert.True(Of(2m) >= Of(1.50m));
            Assert.True(Of(1m).CompareTo(Of(2m)) < 0);
        }

        [Fact]
        public void EveryNoDiscountEqualsEveryOther()
        {
            Assert.Equal(new NoDiscount(), default);
            Assert.Equal(Of(0m), new NoDiscount().DiscountOn(new Order("EUR")));
        }

        [Fact]
        public void EqualityIsReflexive()
        {
            var money = Of(10m);

            Assert.Equal(money, money);
            Assert.True(money.Equals(money));
        }
    }
}
