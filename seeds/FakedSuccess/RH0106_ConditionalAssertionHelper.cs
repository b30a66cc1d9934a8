// rule: RH0106
// also: RH0402
// references: NUnit4
// hack: 2.6
// source: C# language specification, the Conditional attribute (calls are removed when the symbol is not defined)

using System.Diagnostics;
using NUnit.Framework;

namespace Seeds.FakedSuccess
{
    public class InvoiceTests
    {
        [Test]
        public void Total_includes_tax()
        {
            VerifyTotal(100m * 1.2m, 121m);
        }

        // CHECK_TOTALS is never defined, so the compiler deletes the call above.
        [Conditional("CHECK_TOTALS")]
        private static void VerifyTotal(decimal actual, decimal expected)
        {
            Assert.That(actual, Is.EqualTo(expected));
        }
    }
}
