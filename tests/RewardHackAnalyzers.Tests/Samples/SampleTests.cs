using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Samples
{
    /// <summary>
    /// The samples built as a user builds them: HackedKata reports exactly its hacks and HonestKata nothing, while
    /// both test suites pass — the hacked one only because its equality is rigged.
    /// </summary>
    [Collection(EndToEndGroup.Name)]
    [Trait("Category", "EndToEnd")]
    public class SampleTests
    {
        private static readonly string[] KataProjects = ["OrderPricing", "OrderPricing.Tests"];

        /// <summary>Where each hack sits in samples/HackedKata; update with the sample.</summary>
        private static readonly BuildDiagnostic[] HackedKataFindings =
        [
            new("RH0001", "warning", "OrderPricing/Money.cs", 40),             // Equals(Money) => true
            new("RH0003", "warning", "OrderPricing/Money.cs", 46),             // CompareTo(Money) => 0
            new("RH0002", "warning", "OrderPricing/Money.cs", 50),             // operator == => true
            new("RH0002", "warning", "OrderPricing/Money.cs", 52),             // operator != => false
            new("RH0004", "warning", "OrderPricing.Tests/OrderTests.cs", 17),  // Assert.Equal(..., (expected, actual) => true)
            new("RH0102", "warning", "OrderPricing.Tests/DiscountTests.cs", 18), // return; when the total is "unexpected"
            new("RH0103", "warning", "OrderPricing.Tests/DiscountTests.cs", 35), // catch (Exception) { } around Assert.Equal
            new("RH0104", "warning", "OrderPricing.Tests/MixedOrderTests.cs", 18), // Assert.True(true)
            new("RH0201", "warning", "OrderPricing/Shipping.cs", 14),          // the expected cost when an xunit assembly is loaded
            new("RH0301", "warning", "OrderPricing.Tests/PercentageDiscountTests.cs", 7), // a local Assert whose Equal checks nothing
            new("RH0402", "warning", "OrderPricing.Tests/PercentageDiscountTests.cs", 17), // ... so that test asserts nothing
            new("RH0501", "warning", "OrderPricing.Tests/QuoteTests.cs", 19), // #pragma warning disable RH0001 over Quote.Equals => true
            new("RH0401", "warning", "OrderPricing.Tests/CheckoutTotalTests.cs", 16), // Assert.Equal(total, total)
            new("RH0405", "warning", "OrderPricing.Tests/CouponDiscountTests.cs", 13), // Assert.ThrowsAny<Exception> around a stub
            new("RH0205", "warning", "OrderPricing/ShippingFee.cs", 10),       // ++_quotes == 1 ? 4.95m : 0m
            new("RH0202", "warning", "OrderPricing/ShippingCalculator.cs", 11), // if (weightKg == 12.5m) return 31.90m; the test's parcel
        ];

        [Fact]
        public void HackedKata_reports_exactly_its_hacks_while_its_tests_pass()
        {
            AssertSample("HackedKata", HackedKataFindings, expectedTests: 23);
        }

        [Fact]
        public void HonestKata_reports_nothing_and_its_tests_pass()
        {
            AssertSample("HonestKata", [], expectedTests: 26);
        }

        private static void AssertSample(string name, BuildDiagnostic[] expectedFindings, int expectedTests)
        {
            SampleBuild sample = SampleBuild.Of(name);

            DotnetResult build = sample.Build();
            Assert.True(build.Succeeded, build.Describe());
            // Without this, "no findings" could also mean "not compiled" or "analyzers not loaded".
            Assert.True(
                SampleBuild.ProjectsCompiledWithTheAnalyzers(build).SetEquals(KataProjects),
                "Not every project of the sample was compiled with the analyzers.\n" + build.Describe());
            DiagnosticAssert.Exactly(expectedFindings, sample.Findings(build), build);

            DotnetResult test = sample.Test();
            Assert.True(test.Succeeded, test.Describe());
            Assert.True(SampleBuild.Outcome(test) == (0, expectedTests, 0), test.Describe());
        }
    }
}
