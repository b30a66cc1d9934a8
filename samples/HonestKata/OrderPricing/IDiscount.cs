namespace OrderPricing
{
    /// <summary>A rule that takes an amount off an order.</summary>
    public interface IDiscount
    {
        Money DiscountOn(Order order);
    }
}
