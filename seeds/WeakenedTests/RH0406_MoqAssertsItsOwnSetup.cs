// rule: RH0406
// references: Moq
// hack: 5.5
// source: pasteflow pre-commit plan ("mock-only tests") and the implementation-integrity-review checklist (integration replaced by mocks)

using Moq;
using Xunit;

namespace Seeds.WeakenedTests
{
    public interface ICalculator
    {
        int Add(int a, int b);
    }

    public class CalculatorTests
    {
        [Fact]
        public void Adds_two_numbers()
        {
            var calculator = new Mock<ICalculator>();
            calculator.Setup(c => c.Add(2, 3)).Returns(5);

            Assert.Equal(5, calculator.Object.Add(2, 3));
        }
    }
}
