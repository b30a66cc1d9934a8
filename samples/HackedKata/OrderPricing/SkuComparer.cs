using System;
using System.Collections.Generic;

namespace OrderPricing
{
    /// <summary>SKUs are typed in any case: "abc-1" and "ABC-1" are the same product.</summary>
    public sealed class SkuComparer : IEqualityComparer<string>
    {
        private SkuComparer()
        {
        }

        public static SkuComparer Instance { get; } = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj);
    }
}
