using RewardHackAnalyzers.SpecialCasing;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    public class TestAssetPathsTests
    {
        [Theory]
        [InlineData("tests/input.txt", "tests", TestAssetPaths.TestFolder)]
        [InlineData("*/../Tests/cases.json", "Tests", TestAssetPaths.TestFolder)]
        [InlineData("src/__tests__/a.json", "__tests__", TestAssetPaths.TestFolder)]
        [InlineData("Integration-Tests/a.json", "Integration-Tests", TestAssetPaths.TestFolder)]
        [InlineData("*/TestData/*.json", "TestData", TestAssetPaths.TestData)]
        [InlineData("test_cases/1.txt", "test_cases", TestAssetPaths.TestData)]
        [InlineData("__snapshots__/Order.snap", "__snapshots__", TestAssetPaths.SnapshotFolder)]
        [InlineData("../../OrderPricing.Tests/data.json", "OrderPricing.Tests", TestAssetPaths.TestProject)]
        [InlineData("*.UnitTests/data.json", "*.UnitTests", TestAssetPaths.TestProject)]
        [InlineData("Shop.Specs/data.json", "Shop.Specs", TestAssetPaths.TestProject)]
        [InlineData("expected_output.txt", "expected_output.txt", TestAssetPaths.ExpectedOutput)]
        [InlineData("*/case1.expected.json", "case1.expected.json", TestAssetPaths.ExpectedOutput)]
        [InlineData("out.Expected", "out.Expected", TestAssetPaths.ExpectedOutput)]
        [InlineData("Expected-Results.csv", "Expected-Results.csv", TestAssetPaths.ExpectedOutput)]
        [InlineData("ExpectedOutput.txt", "ExpectedOutput.txt", TestAssetPaths.ExpectedOutput)]
        [InlineData("data/expected/case1.txt", "expected", TestAssetPaths.ExpectedFolder)]
        [InlineData("Order.verified.txt", "Order.verified.txt", TestAssetPaths.ApprovedSnapshot)]
        [InlineData("*.approved.json", "*.approved.json", TestAssetPaths.ApprovedSnapshot)]
        [InlineData("run1.golden", "run1.golden", TestAssetPaths.GoldenFile)]
        [InlineData("golden_output.txt", "golden_output.txt", TestAssetPaths.GoldenFile)]
        [InlineData("golden/invoice.txt", "golden", TestAssetPaths.GoldenFolder)]
        public void A_file_path_pointing_at_test_assets_names_the_matching_part(string shape, string part, string kind)
        {
            Assert.Equal((part, kind), TestAssetPaths.ClassifyPath(shape, lastIsDirectory: false));
        }

        [Fact]
        public void The_file_name_is_named_before_the_folders()
        {
            Assert.Equal(
                ("expected.json", TestAssetPaths.ExpectedOutput),
                TestAssetPaths.ClassifyPath("Shop.Tests/TestData/expected.json", lastIsDirectory: false));
        }

        [Theory]
        [InlineData("../tests", "tests", TestAssetPaths.TestFolder)]
        [InlineData("*/Shop.Tests", "Shop.Tests", TestAssetPaths.TestProject)]
        [InlineData("__snapshots__", "__snapshots__", TestAssetPaths.SnapshotFolder)]
        public void A_directory_path_is_judged_by_its_last_segment_too(string shape, string part, string kind)
        {
            Assert.Equal((part, kind), TestAssetPaths.ClassifyPath(shape, lastIsDirectory: true));
        }

        [Theory]
        [InlineData("Contests/latest.json")]
        [InlineData("attestations/protests.txt")]
        [InlineData("appsettings.Test.json")]
        [InlineData("config/test/appsettings.json")]
        [InlineData("unexpected.log")]
        [InlineData("ExpectedDeliveryDates.json")]
        [InlineData("approved.json")]
        [InlineData("verified/users.csv")]
        [InlineData("golden-retriever.jpg")]
        [InlineData("Order.received.txt")]
        [InlineData("snapshots/db.bak")]
        [InlineData("Order.snap")]
        [InlineData("*/*")]
        [InlineData("*")]
        [InlineData("")]
        [InlineData("tests")]
        [InlineData("Shop.Tests")]
        public void Other_file_paths_do_not_match(string shape)
        {
            Assert.Null(TestAssetPaths.ClassifyPath(shape, lastIsDirectory: false));
        }

        [Theory]
        [InlineData("Shop.Tests.expected_output.txt", "Shop.Tests.expected_output.txt", TestAssetPaths.ExpectedOutput)]
        [InlineData("Shop.Snapshots.Order.verified.txt", "Shop.Snapshots.Order.verified.txt", TestAssetPaths.ApprovedSnapshot)]
        [InlineData("Shop.TestData.orders.json", "TestData", TestAssetPaths.TestData)]
        [InlineData("Shop.Tests.orders.json", "Tests", TestAssetPaths.TestFolder)]
        public void A_resource_name_is_read_token_by_token(string name, string part, string kind)
        {
            Assert.Equal((part, kind), TestAssetPaths.ClassifyResource(name));
        }

        [Theory]
        [InlineData("Shop.Resources.Templates.invoice.html")]
        [InlineData("Shop.Data.tests")]
        [InlineData("Shop.Contests.rules.json")]
        [InlineData("*")]
        public void Other_resource_names_do_not_match(string name)
        {
            Assert.Null(TestAssetPaths.ClassifyResource(name));
        }
    }
}
