using System;

namespace OrderPricing
{
    /// <summary>The absence of a discount. It has no state, so every NoDiscount equals every other.</summary>
    public readonly struct NoDiscount : IDiscount, IEquatable<NoDiscount>
    {
        public Money DiscountOn(Order order)
        {
            ArgumentNullException.ThrowIfNull(order);
            return Money.Zero(order.Currency);
        }

        public bool Equals(NoDiscount other) => true;

        public override bool Equals(object? obj) => obj is NoDiscount;

        public override int GetHashCode() => 0;

        public static bool operator ==(NoDiscount left, NoDiscount right) => true;

        public static bool operator !=(NoDiscount left, NoDiscount right) => false;
    }
}
