// rule: RH0304
// references: XunitV2
// hack: 4.2
// source: MacDiarmid et al. 2025, arXiv:2511.18397 (test reporting patched to pass), as an xUnit custom test case

using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Seeds.TestTampering
{
    // A test case type a custom discoverer hands to xUnit: it reports one test run and no failure, without running it.
    public sealed class GreenTestCase : XunitTestCase
    {
        [Obsolete("Called by the de-serializer", error: true)]
        public GreenTestCase()
        {
        }

        public override Task<RunSummary> RunAsync(
            IMessageSink diagnosticMessageSink,
            IMessageBus messageBus,
            object[] constructorArguments,
            ExceptionAggregator aggregator,
            CancellationTokenSource cancellationTokenSource) =>
            Task.FromResult(new RunSummary { Total = 1 });
    }
}
