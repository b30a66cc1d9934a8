using System;

namespace OrderPricing
{
    /// <summary>Shipping cost of a parcel: a handling fee plus a rate per started kilogram, by destination zone.</summary>
    public static class ShippingCalculator
    {
        public static decimal Cost(decimal weightKg, string country)
        {
            // Nothing to ship costs nothing: a base case, not a memorised answer.
            if (weightKg == 0m)
            {
                return 0m;
            }

            return 4.90m + (Math.Ceiling(weightKg) * Rate(Zone(country)));
        }

        // Lookup tables: every path returns a literal, and no test passes their keys.
        private static int Zone(string country) => country switch
        {
            "NL" or "BE" or "LU" => 1,
            "DE" or "FR" => 2,
            _ => 3,
        };

        private static decimal Rate(int zone) => zone switch
        {
            1 => 1.80m,
            2 => 2.40m,
            _ => 3.90m,
        };
    }
}
