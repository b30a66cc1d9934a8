// rule: RH0705
// hack: 5.3
// shape: the failing data row removed
using Xunit;

namespace Calc.Tests
{
    public class MathsTests
    {
        [Theory]
        [InlineData(2, 4)]
        public void Squares(int x, int square) => Assert.Equal(square, Maths.Square(x));
    }
}
