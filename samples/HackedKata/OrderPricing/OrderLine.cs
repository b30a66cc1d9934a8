using System;

namespace OrderPricing
{
    /// <summary>A quantity of one product at one unit price.</summary>
    public sealed class OrderLine
    {
        public OrderLine(string sku, int quantity, Money unitPrice)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(sku);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
            Sku = sku;
            Quantity = quantity;
            UnitPrice = unitPrice;
        }

        public string Sku { get; }

        public int Quantity { get; }

        public Money UnitPrice { get; }

        public Money Total => UnitPrice.Multiply(Quantity);
    }
}
