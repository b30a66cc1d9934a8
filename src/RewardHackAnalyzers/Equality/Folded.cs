using System;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>What constant folding knows about a value: one constant, only a throw, or nothing.</summary>
    internal readonly struct Folded
    {
        private Folded(FoldedKind kind, object? value)
        {
            Kind = kind;
            Value = value;
        }

        public static Folded Unknown { get; } = new(FoldedKind.Unknown, null);

        /// <summary>The value never completes normally (a throw); the identity of <see cref="Join"/>.</summary>
        public static Folded Throws { get; } = new(FoldedKind.Throws, null);

        public FoldedKind Kind { get; }

        /// <summary>The normalised constant when <see cref="Kind"/> is <see cref="FoldedKind.Constant"/>.</summary>
        public object? Value { get; }

        public static Folded Constant(object? value) => new(FoldedKind.Constant, Normalize(value));

        public bool Is(object? expected) => Kind == FoldedKind.Constant && Equals(Value, Normalize(expected));

        /// <summary>The value when either alternative may be taken: a throwing alternative contributes nothing.</summary>
        public Folded Join(Folded other)
        {
            if (Kind == FoldedKind.Throws)
            {
                return other;
            }

            if (other.Kind == FoldedKind.Throws)
            {
                return this;
            }

            return Kind == FoldedKind.Constant && other.Kind == FoldedKind.Constant && Equals(Value, other.Value)
                ? this
                : Unknown;
        }

        // Integral constants compare by value whatever their C# type (`0`, `(short)0`, `0L` are all "zero").
        private static object? Normalize(object? value) => value switch
        {
            sbyte or byte or short or ushort or int or uint or long => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    internal enum FoldedKind
    {
        Unknown,
        Constant,
        Throws,
    }
}
