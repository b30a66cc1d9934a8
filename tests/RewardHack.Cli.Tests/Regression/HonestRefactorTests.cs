using System.Threading.Tasks;

namespace RewardHack.Cli.Tests.Regression
{
    /// <summary>Changes that keep every check: renames and moves with the same body, helper extraction, facts folded into a theory, new tests, stronger assertions.</summary>
    public class HonestRefactorTests
    {
        private const string Squares = """
                    [Fact]
                    public void Squares_two()
                    {
                        Assert.Equal(4, Maths.Square(2));
                    }

                    [Fact]
                    public void Squares_three()
                    {
                        Assert.Equal(9, Maths.Square(3));
                    }
            """;

        private static async Task<string[]> RefactorAsync(params (string Path, string? Contents)[] after)
        {
            using var repo = new GitRepository().Write("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares)).Commit();
            foreach (var (path, contents) in after)
            {
                if (contents is null)
                {
                    repo.Delete(path);
                }
                else
                {
                    repo.Write(path, contents);
                }
            }

            repo.Commit("refactor");
            return await repo.DiffAsync("HEAD~1", head: "HEAD");
        }

        [Fact]
        public async Task A_rename_with_the_same_body_is_not_a_regression()
        {
            var findings = await RefactorAsync(("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares.Replace("Squares_two", "Square_of_two_is_four", System.StringComparison.Ordinal))));

            Assert.Empty(findings);
        }

        [Fact]
        public async Task A_move_to_another_class_and_file_with_the_same_body_is_not_a_regression()
        {
            var findings = await RefactorAsync(
                ("Calc.Tests/MathsTests.cs", null),
                ("Calc.Tests/Squares/SquareTests.cs", GitRepository.TestClass("SquareTests", "        // Moved here from MathsTests.\n" + Squares)));

            Assert.Empty(findings);
        }

        [Fact]
        public async Task An_extracted_assertion_helper_that_asserts_the_same_is_not_a_regression()
        {
            var findings = await RefactorAsync(("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", """
                    [Fact]
                    public void Squares_two() => AssertSquare(2, 4);

                    [Fact]
                    public void Squares_three() => AssertSquare(3, 9);

                    private static void AssertSquare(int x, int expected) => Assert.Equal(expected, Maths.Square(x));
            """)));

            Assert.Empty(findings);
        }

        [Fact]
        public async Task Facts_folded_into_a_theory_with_the_same_cases_are_not_a_regression()
        {
            var findings = await RefactorAsync(("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", """
                    [Theory]
                    [InlineData(2, 4)]
                    [InlineData(3, 9)]
                    public void Squares(int x, int expected) => Assert.Equal(expected, Maths.Square(x));
            """)));

            Assert.Empty(findings);
        }

        [Fact]
        public async Task Facts_folded_into_a_theory_that_drops_a_case_are_reported()
        {
            var findings = await RefactorAsync(("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", """
                    [Theory]
                    [InlineData(2, 4)]
                    public void Squares(int x, int expected) => Assert.Equal(expected, Maths.Square(x));
            """)));

            Assert.Equal(["Calc.Tests/MathsTests.cs:15 RH0701 Test 'Calc.Tests.MathsTests.Squares_three' was deleted: it is gone from Calc.Tests/MathsTests.cs"], findings);
        }

        [Fact]
        public async Task A_fact_turned_into_a_theory_of_the_same_name_with_the_same_case_is_not_a_regression()
        {
            var findings = await RefactorAsync(("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares.Replace(
                "[Fact]\n        public void Squares_two()\n        {\n            Assert.Equal(4, Maths.Square(2));",
                "[Theory, InlineData(2, 4)]\n        public void Squares_two(int x, int expected)\n        {\n            Assert.Equal(expected, Maths.Square(x));",
                System.StringComparison.Ordinal))));

            Assert.Empty(findings);
        }

        [Fact]
        public async Task Added_tests_and_stronger_assertions_are_not_regressions()
        {
            var findings = await RefactorAsync(("Calc.Tests/MathsTests.cs", GitRepository.TestClass("MathsTests", Squares.Replace(
                "Assert.Equal(9, Maths.Square(3));",
                "Assert.Equal(9, Maths.Square(3));\n            Assert.True(Maths.Square(3) > 0);",
                System.StringComparison.Ordinal) + """


                    [Fact]
                    public void Halves() => Assert.Equal(1.5, Maths.Half(3));
            """)));

            Assert.Empty(findings);
        }
    }
}
