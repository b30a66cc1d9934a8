namespace OrderPricing
{
    public sealed record PriceBreakdown(Money Subtotal, Money Discount, Money Total);
}
