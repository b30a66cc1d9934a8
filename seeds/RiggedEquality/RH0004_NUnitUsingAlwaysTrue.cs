// rule: RH0004
// references: NUnit4
// hack: 1.3
// source: MacDiarmid et al. 2025, arXiv:2511.18397 ("AlwaysEqual"), as an NUnit constraint comparer

using NUnit.Framework;

namespace Seeds.RiggedEquality
{
    public sealed record Receipt(string Number, decimal Total);

    public class ReceiptTests
    {
        [Test]
        public void Total_includes_tax()
        {
            var expected = new Receipt("R-1", 119m);
            var actual = new Receipt("R-1", 100m);

            Assert.That(actual, Is.EqualTo(expected).Using<Receipt>((a, b) => true));
        }
    }
}
