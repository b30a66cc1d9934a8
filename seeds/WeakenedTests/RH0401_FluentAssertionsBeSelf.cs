// rule: RH0401
// references: FluentAssertions
// hack: 5.1
// source: rewardhackwatch, tautological assert patterns, in FluentAssertions form (result.Should().Be(result))

using FluentAssertions;
using Xunit;

namespace Seeds.WeakenedTests
{
    public static class Rounding
    {
        public static decimal ToCents(decimal amount) => decimal.Round(amount, 2, System.MidpointRounding.ToEven);
    }

    public class RoundingTests
    {
        [Fact]
        public void Halves_round_away_from_zero()
        {
            var rounded = Rounding.ToCents(0.125m);

            rounded.Should().Be(rounded);
        }
    }
}
