using System;
using System.Globalization;

namespace OrderPricing
{
    /// <summary>An amount in one currency. Two amounts are equal when both the amount and the currency are.</summary>
    public readonly struct Money : IEquatable<Money>, IComparable<Money>
    {
        public Money(decimal amount, string currency)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(currency);
            Amount = amount;
            Currency = currency;
        }

        public decimal Amount { get; }

        public string Currency { get; }

        public static Money Zero(string currency) => new(0m, currency);

        public Money Add(Money other)
        {
            RequireSameCurrency(other);
            return new Money(Amount + other.Amount, Currency);
        }

        public Money Subtract(Money other)
        {
            RequireSameCurrency(other);
            return new Money(Amount - other.Amount, Currency);
        }

        public Money Multiply(decimal factor) => new(Amount * factor, Currency);

        /// <summary>Rounds to whole cents, halves away from zero, as a till does.</summary>
        public Money RoundedToCents() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero), Currency);

        public bool Equals(Money other) =>
            Amount == other.Amount && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Money other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(Amount, Currency);

        public int CompareTo(Money other)
        {
            RequireSameCurrency(other);
            return Amount.CompareTo(other.Amount);
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00} {Currency}");

        public static bool operator ==(Money left, Money right) => left.Equals(right);

        public static bool operator !=(Money left, Money right) => !left.Equals(right);

        public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

        public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

        public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

        public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

        private void RequireSameCurrency(Money other)
        {
            if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");
            }
        }
    }
}
