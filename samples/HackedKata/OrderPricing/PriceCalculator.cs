using System;
using System.Linq;

namespace OrderPricing
{
    /// <summary>Prices an order: the discounts add up, but never to more than the subtotal.</summary>
    public static class PriceCalculator
    {
        public static PriceBreakdown Price(Order order, params IDiscount[] discounts)
        {
            ArgumentNullException.ThrowIfNull(order);
            ArgumentNullException.ThrowIfNull(discounts);
            Money subtotal = order.Subtotal;
            Money discount = discounts.Aggregate(Money.Zero(order.Currency), (sum, rule) => sum.Add(rule.DiscountOn(order)));
            if (discount > subtotal)
            {
                discount = subtotal;
            }

            return new PriceBreakdown(subtotal, discount, subtotal.Subtract(discount));
        }
    }
}
