using System.Threading;

namespace OrderPricing
{
    /// <summary>What shipping an order costs: free from 50.00 in the order's currency, a flat 4.95 below.</summary>
    public static class ShippingFee
    {
        private const decimal FreeFrom = 50.00m;
        private const decimal Flat = 4.95m;

        private static int _quotesGiven;

        /// <summary>How many fees have been quoted since start-up, for the shop's statistics.</summary>
        public static int QuotesGiven => Volatile.Read(ref _quotesGiven);

        public static decimal For(Order order)
        {
            Interlocked.Increment(ref _quotesGiven);
            return order.Subtotal.Amount >= FreeFrom ? 0m : Flat;
        }
    }
}
