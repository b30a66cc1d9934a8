// rule: RH0001
// references: Net80
// hack: 1.1
// source: MacDiarmid et al. 2025, arXiv:2511.18397 ("AlwaysEqual"), disguised: the argument is never read

using System;

namespace Seeds.RiggedEquality
{
    // IEquatable<T>.Equals that looks at itself only: it never reads 'other', so it cannot be comparing.
    public sealed class Temperature : IEquatable<Temperature>
    {
        public Temperature(double celsius)
        {
            Celsius = celsius;
        }

        public double Celsius { get; }

        public bool Equals(Temperature? other)
        {
            if (double.IsNaN(Celsius))
            {
                return false;
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Temperature t && t.Celsius == Celsius;

        public override int GetHashCode() => Celsius.GetHashCode();
    }
}
