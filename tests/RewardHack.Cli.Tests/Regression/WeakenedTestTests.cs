using System.Threading.Tasks;

namespace RewardHack.Cli.Tests.Regression
{
    /// <summary>RH0702–RH0705: assertions removed or loosened, expected values moved with the code, skips added, rows removed.</summary>
    public class WeakenedTestTests
    {
        private static async Task<string[]> BeforeAfterAsync(string before, string after, string? maths = null)
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", before)).Commit();
            repo.Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", after));
            if (maths is not null)
            {
                repo.Write("Calc/Maths.cs", maths);
            }

            return await repo.DiffAsync();
        }

        [Fact]
        public async Task A_removed_assertion_is_reported()
        {
            var findings = await BeforeAfterAsync(
                """
                        [Fact]
                        public void Squares()
                        {
                            Assert.Equal(4, Maths.Square(2));
                            Assert.Equal(9, Maths.Square(3));
                        }
                """,
                """
                        [Fact]
                        public void Squares()
                        {
                            Assert.Equal(4, Maths.Square(2));
                        }
                """);

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0702 Test 'Calc.Tests.MathsTests.Squares' checks less than before: 2 assertions at the base, 1 now ('Assert.Equal' gone)"], findings);
        }

        [Fact]
        public async Task Equal_replaced_by_NotNull_is_reported()
        {
            var findings = await BeforeAfterAsync(
                "        [Fact]\n        public void Squares() => Assert.Equal(4, Maths.Square(2));",
                "        [Fact]\n        public void Squares() => Assert.NotNull((object)Maths.Square(2));");

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0702 Test 'Calc.Tests.MathsTests.Squares' checks less than before: 'Assert.Equal' (an exact value) became 'Assert.NotNull' (only not-null)"], findings);
        }

        [Fact]
        public async Task An_exact_value_replaced_by_a_range_is_reported()
        {
            var findings = await BeforeAfterAsync(
                "        [Fact]\n        public void Squares() => Assert.Equal(4, Maths.Square(2));",
                "        [Fact]\n        public void Squares() => Assert.InRange(Maths.Square(2), 0, 100);");

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0702 Test 'Calc.Tests.MathsTests.Squares' checks less than before: 'Assert.Equal' (an exact value) became 'Assert.InRange' (a range)"], findings);
        }

        [Fact]
        public async Task A_specific_exception_replaced_by_any_exception_is_reported()
        {
            var findings = await BeforeAfterAsync(
                "        [Fact]\n        public void Rejects() => Assert.Throws<ArgumentNullException>(() => Parse(null));\n\n        private static void Parse(string? text) => ArgumentNullException.ThrowIfNull(text);",
                "        [Fact]\n        public void Rejects() => Assert.ThrowsAny<Exception>(() => Parse(null));\n\n        private static void Parse(string? text) => ArgumentNullException.ThrowIfNull(text);");

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0702 Test 'Calc.Tests.MathsTests.Rejects' checks less than before: 'Assert.Throws' (a specific exception) became 'Assert.ThrowsAny' (any exception)"], findings);
        }

        [Fact]
        public async Task A_raised_tolerance_is_reported()
        {
            var findings = await BeforeAfterAsync(
                "        [Fact]\n        public void Halves() => Assert.Equal(1.5, Maths.Half(3), 3);",
                "        [Fact]\n        public void Halves() => Assert.Equal(1.5, Maths.Half(3), 1);");

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0702 Test 'Calc.Tests.MathsTests.Halves' checks less than before: the tolerance of 'Assert.Equal' was raised from 1E-3 to 1E-1"], findings);
        }

        [Fact]
        public async Task An_expected_value_edited_with_the_code_under_test_is_reported()
        {
            var findings = await BeforeAfterAsync(
                "        [Fact]\n        public void Squares() => Assert.Equal(4, Maths.Square(2));",
                "        [Fact]\n        public void Squares() => Assert.Equal(5, Maths.Square(2));",
                GitRepository.Maths.Replace("x * x", "x * x + 1", System.StringComparison.Ordinal));

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0703 Test 'Calc.Tests.MathsTests.Squares' now expects 5 instead of 4, in the same change that edits the code it tests (Calc.Maths)"], findings);
        }

        [Fact]
        public async Task An_edited_data_row_with_the_code_under_test_is_reported()
        {
            var findings = await BeforeAfterAsync(
                "        [Theory, InlineData(2, 4), InlineData(3, 9)]\n        public void Squares(int x, int square) => Assert.Equal(square, Maths.Square(x));",
                "        [Theory, InlineData(2, 5), InlineData(3, 9)]\n        public void Squares(int x, int square) => Assert.Equal(square, Maths.Square(x));",
                GitRepository.Maths.Replace("x * x", "x * x + (x == 2 ? 1 : 0)", System.StringComparison.Ordinal));

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0703 Test 'Calc.Tests.MathsTests.Squares' now expects row (2, 5) instead of (2, 4), in the same change that edits the code it tests (Calc.Maths)"], findings);
        }

        [Fact]
        public async Task An_expected_value_corrected_while_the_code_stays_is_not_reported()
        {
            var findings = await BeforeAfterAsync(
                "        [Fact]\n        public void Squares() => Assert.Equal(5, Maths.Square(2));",
                "        [Fact]\n        public void Squares() => Assert.Equal(4, Maths.Square(2));");

            Assert.Empty(findings);
        }

        [Fact]
        public async Task A_skip_added_is_reported_with_its_reason()
        {
            var findings = await BeforeAfterAsync(
                "        [Fact]\n        public void Squares() => Assert.Equal(4, Maths.Square(2));",
                "        [Fact(Skip = \"flaky\")]\n        public void Squares() => Assert.Equal(4, Maths.Square(2));");

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0704 Test 'Calc.Tests.MathsTests.Squares' is now skipped ('flaky')"], findings);
        }

        [Fact]
        public async Task Removed_data_rows_are_reported_and_listed()
        {
            var findings = await BeforeAfterAsync(
                "        [Theory, InlineData(2, 4), InlineData(3, 9), InlineData(-1, 1)]\n        public void Squares(int x, int square) => Assert.Equal(square, Maths.Square(x));",
                "        [Theory, InlineData(2, 4)]\n        public void Squares(int x, int square) => Assert.Equal(square, Maths.Square(x));");

            Assert.Equal(["Calc.Tests/MathsTests.cs:9 RH0705 Test 'Calc.Tests.MathsTests.Squares' lost 2 of its data rows: (3, 9), (-1, 1)"], findings);
        }
    }
}
