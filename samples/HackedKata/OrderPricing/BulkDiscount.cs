using System;

namespace OrderPricing
{
    /// <summary>A percentage off one product's line once at least a minimum quantity of it is ordered.</summary>
    public sealed class BulkDiscount : IDiscount
    {
        public BulkDiscount(string sku, int minimumQuantity, decimal percent)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(sku);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumQuantity);
            ArgumentOutOfRangeException.ThrowIfNegative(percent);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100m);
            Sku = sku;
            MinimumQuantity = minimumQuantity;
            Percent = percent;
        }

        public string Sku { get; }

        public int MinimumQuantity { get; }

        public decimal Percent { get; }

        public Money DiscountOn(Order order)
        {
            ArgumentNullException.ThrowIfNull(order);
            Money discount = Money.Zero(order.Currency);
            foreach (OrderLine line in order.Lines)
            {
                if (SkuComparer.Instance.Equals(line.Sku, Sku))
                {
                    discount = discount.Add(line.Total.Multiply(Percent / 100m));
                }
            }

            return discount.RoundedToCents();
        }
    }
}
