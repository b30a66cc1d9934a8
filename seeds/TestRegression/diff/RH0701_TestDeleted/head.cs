// rule: RH0701
// hack: 5.3
// shape: the failing test deleted
using Xunit;

namespace Calc.Tests
{
    public class MathsTests
    {
        [Fact]
        public void Squares() => Assert.Equal(4, Maths.Square(2));
    }
}
