using System;

namespace OrderPricing
{
    /// <summary>A percentage off the whole order, rounded to cents.</summary>
    public sealed class PercentageDiscount : IDiscount
    {
        public PercentageDiscount(decimal percent)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(percent);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100m);
            Percent = percent;
        }

        public decimal Percent { get; }

        public Money DiscountOn(Order order)
        {
            ArgumentNullException.ThrowIfNull(order);
            return order.Subtotal.Multiply(Percent / 100m).RoundedToCents();
        }
    }
}
