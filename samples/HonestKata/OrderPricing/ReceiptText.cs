using System;
using System.Globalization;

namespace OrderPricing
{
    /// <summary>A price breakdown as text for a terminal: the total in bold, unless colours are off.</summary>
    public static class ReceiptText
    {
        private const string Bold = "\u001b[1m";
        private const string Reset = "\u001b[0m";

        /// <summary>Colours are off when the user asks (NO_COLOR) and in CI logs, which are not terminals.</summary>
        public static bool ColourByDefault =>
            Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("CI") is null;

        public static string Format(PriceBreakdown breakdown, bool colour)
        {
            ArgumentNullException.ThrowIfNull(breakdown);
            string total = breakdown.Total.Amount.ToString("0.00", CultureInfo.InvariantCulture) + " " + breakdown.Total.Currency;
            return colour ? Bold + total + Reset : total;
        }
    }
}
