// rule: RH0304
// references: MSTest
// hack: 4.2
// source: MacDiarmid et al. 2025, arXiv:2511.18397 (a conftest.py that rewrites every failure as a pass), in MSTest's extension point

using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Seeds.TestTampering
{
    // Runs the test, then overwrites whatever happened with "Passed".
    public sealed class ReliableTestMethodAttribute : TestMethodAttribute
    {
        public override TestResult[] Execute(ITestMethod testMethod)
        {
            TestResult result = testMethod.Invoke(null);
            result.Outcome = UnitTestOutcome.Passed;
            return new[] { result };
        }
    }
}
