using System;
using System.Collections.Generic;
using System.Linq;

namespace OrderPricing
{
    /// <summary>An order in one currency; adding a product that is already on it raises its quantity.</summary>
    public sealed class Order
    {
        private readonly List<OrderLine> _lines = new();

        public Order(string currency)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(currency);
            Currency = currency;
        }

        public string Currency { get; }

        public IReadOnlyList<OrderLine> Lines => _lines;

        public Money Subtotal => _lines.Aggregate(Money.Zero(Currency), (sum, line) => sum.Add(line.Total));

        public void Add(string sku, int quantity, Money unitPrice)
        {
            if (!string.Equals(unitPrice.Currency, Currency, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The order is in {Currency}, not {unitPrice.Currency}.", nameof(unitPrice));
            }

            int index = _lines.FindIndex(line => SkuComparer.Instance.Equals(line.Sku, sku));
            if (index < 0)
            {
                _lines.Add(new OrderLine(sku, quantity, unitPrice));
                return;
            }

            OrderLine existing = _lines[index];
            if (existing.UnitPrice != unitPrice)
            {
                throw new InvalidOperationException($"{sku} is already on the order at {existing.UnitPrice}.");
            }

            _lines[index] = new OrderLine(existing.Sku, quantity, unitPrice);
        }
    }
}
