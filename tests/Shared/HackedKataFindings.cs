namespace RewardHackAnalyzers.Tests.Shared
{
    /// <summary>
    /// Where each hack sits in samples/HackedKata; update with the sample. One list, linked into both test projects: the
    /// build of the sample (RewardHackAnalyzers.Tests' SampleTests) and the scanner (RewardHack.Cli.Tests) must report exactly these.
    /// </summary>
    internal static class HackedKataFindings
    {
        public static readonly (string Id, string Severity, string File, int Line)[] All =
        [
            ("RH0001", "warning", "OrderPricing/Money.cs", 40),             // Equals(Money) => true
            ("RH0003", "warning", "OrderPricing/Money.cs", 46),             // CompareTo(Money) => 0
            ("RH0002", "warning", "OrderPricing/Money.cs", 50),             // operator == => true
            ("RH0002", "warning", "OrderPricing/Money.cs", 52),             // operator != => false
            ("RH0004", "warning", "OrderPricing.Tests/OrderTests.cs", 17),  // Assert.Equal(..., (expected, actual) => true)
            ("RH0102", "warning", "OrderPricing.Tests/DiscountTests.cs", 18), // return; when the total is "unexpected"
            ("RH0103", "warning", "OrderPricing.Tests/DiscountTests.cs", 35), // catch (Exception) { } around Assert.Equal
            ("RH0104", "warning", "OrderPricing.Tests/MixedOrderTests.cs", 18), // Assert.True(true)
            ("RH0201", "warning", "OrderPricing/Shipping.cs", 14),          // the expected cost when an xunit assembly is loaded
            ("RH0202", "warning", "OrderPricing/ShippingCalculator.cs", 11), // if (weightKg == 12.5m) return 31.90m; the test's parcel
            ("RH0205", "warning", "OrderPricing/ShippingFee.cs", 10),       // ++_quotes == 1 ? 4.95m : 0m
            ("RH0301", "warning", "OrderPricing.Tests/PercentageDiscountTests.cs", 7), // a local Assert whose Equal checks nothing
            ("RH0402", "warning", "OrderPricing.Tests/PercentageDiscountTests.cs", 17), // ... so that test asserts nothing
            ("RH0501", "warning", "OrderPricing.Tests/QuoteTests.cs", 19), // #pragma warning disable RH0001 over Quote.Equals => true
            ("RH0401", "warning", "OrderPricing.Tests/CheckoutTotalTests.cs", 16), // Assert.Equal(total, total)
            ("RH0405", "warning", "OrderPricing.Tests/CouponDiscountTests.cs", 13), // Assert.ThrowsAny<Exception> around a stub
        ];
    }
}
