using System.Threading.Tasks;

namespace RewardHack.Cli.Tests.Regression
{
    /// <summary>RH0701: a test deleted or made undiscoverable between two commits.</summary>
    public class DeletedTestTests
    {
        private const string TwoTests = """
                    [Fact]
                    public void Squares() => Assert.Equal(4, Maths.Square(2));

                    [Fact]
                    public void Halves() => Assert.Equal(1.5, Maths.Half(3));
            """;

        [Fact]
        public async Task A_deleted_test_is_reported_at_its_base_path_and_line()
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", TwoTests)).Commit();
            repo.Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", """
                    [Fact]
                    public void Squares() => Assert.Equal(4, Maths.Square(2));
            """));

            Assert.Equal(
                ["Calc.Tests/MathsTests.cs:12 RH0701 Test 'Calc.Tests.MathsTests.Halves' was deleted: it is gone from Calc.Tests/MathsTests.cs"],
                await repo.DiffAsync());
        }

        [Fact]
        public async Task A_deleted_test_file_is_reported_for_each_test()
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", TwoTests)).Commit();
            repo.Delete("Calc.Tests/MathsTests.cs").Commit("remove tests");

            Assert.Equal(
                [
                    "Calc.Tests/MathsTests.cs:9 RH0701 Test 'Calc.Tests.MathsTests.Squares' was deleted: it is gone from Calc.Tests/MathsTests.cs",
                    "Calc.Tests/MathsTests.cs:12 RH0701 Test 'Calc.Tests.MathsTests.Halves' was deleted: it is gone from Calc.Tests/MathsTests.cs",
                ],
                await repo.DiffAsync("HEAD~1", head: "HEAD"));
        }

        [Fact]
        public async Task A_removed_test_attribute_is_reported_at_the_head_method()
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", TwoTests)).Commit();
            repo.Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", TwoTests.Replace("[Fact]\n        public void Halves", "public void Halves", System.StringComparison.Ordinal)));

            Assert.Equal(
                ["Calc.Tests/MathsTests.cs:11 RH0701 Test 'Calc.Tests.MathsTests.Halves' is no longer a test: its test attribute was removed"],
                await repo.DiffAsync());
        }

        [Fact]
        public async Task A_test_made_non_public_is_reported()
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", TwoTests)).Commit();
            repo.Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", TwoTests.Replace("public void Halves", "internal void Halves", System.StringComparison.Ordinal)));

            Assert.Equal(
                ["Calc.Tests/MathsTests.cs:12 RH0701 Test 'Calc.Tests.MathsTests.Halves' is no longer public, so the test runner does not find it"],
                await repo.DiffAsync());
        }

        [Fact]
        public async Task A_test_class_made_abstract_is_reported_for_each_test()
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", TwoTests)).Commit();
            repo.Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", TwoTests, "public abstract"));

            Assert.Equal(
                [
                    "Calc.Tests/MathsTests.cs:9 RH0701 Test 'Calc.Tests.MathsTests.Squares' is in a class made abstract, so the test runner does not find it",
                    "Calc.Tests/MathsTests.cs:12 RH0701 Test 'Calc.Tests.MathsTests.Halves' is in a class made abstract, so the test runner does not find it",
                ],
                await repo.DiffAsync());
        }
    }
}
