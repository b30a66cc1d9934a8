// rule: RH0702
// hack: 5.4
// shape: an exact expectation loosened to a range
using Xunit;

namespace Calc.Tests
{
    public class MathsTests
    {
        [Fact]
        public void Squares() => Assert.Equal(4, Maths.Square(2));
    }
}
