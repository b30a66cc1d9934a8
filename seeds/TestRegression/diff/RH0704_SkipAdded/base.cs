// rule: RH0704
// hack: 5.3
// shape: the failing test skipped
using Xunit;

namespace Calc.Tests
{
    public class MathsTests
    {
        [Fact]
        public void Halves() => Assert.Equal(1.5, Maths.Half(3));
    }
}
