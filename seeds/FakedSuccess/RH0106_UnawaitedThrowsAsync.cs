// rule: RH0106
// references: XunitV2
// hack: 2.5
// source: xUnit analyzer xUnit2021 (async assertions must be awaited); MSTest analyzer MSTEST0040

using System;
using System.Threading.Tasks;
using Xunit;

namespace Seeds.FakedSuccess
{
    public sealed class Account
    {
        public Task WithdrawAsync(decimal amount) => Task.CompletedTask;
    }

    public class AccountTests
    {
        [Fact]
        public void Overdraft_is_refused()
        {
            // The task is discarded: the test is green before the check runs.
            _ = Assert.ThrowsAsync<InvalidOperationException>(() => new Account().WithdrawAsync(1_000_000m));
        }
    }
}
