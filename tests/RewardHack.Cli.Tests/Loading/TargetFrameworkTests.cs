using System.Linq;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>The preprocessor symbols the SDK defines per target framework, and which framework of a list is scanned.</summary>
    public class TargetFrameworkTests
    {
        [Theory]
        [InlineData("net8.0", "NET NETCOREAPP NET8_0 NETCOREAPP3_1_OR_GREATER NET5_0_OR_GREATER NET8_0_OR_GREATER", "NET9_0_OR_GREATER NETFRAMEWORK")]
        [InlineData("net10.0-windows", "NET10_0 NET10_0_OR_GREATER", "NET11_0_OR_GREATER")]
        [InlineData("netstandard2.0", "NETSTANDARD NETSTANDARD2_0 NETSTANDARD1_6_OR_GREATER NETSTANDARD2_0_OR_GREATER", "NETSTANDARD2_1_OR_GREATER NETCOREAPP")]
        [InlineData("net48", "NETFRAMEWORK NET48 NET472_OR_GREATER NET48_OR_GREATER", "NET481_OR_GREATER NETCOREAPP NET5_0_OR_GREATER")]
        [InlineData("netcoreapp3.1", "NETCOREAPP NETCOREAPP3_1 NETCOREAPP3_1_OR_GREATER", "NET5_0_OR_GREATER")]
        public void Symbols_are_the_SDKs(string moniker, string defined, string notDefined)
        {
            var symbols = TargetFrameworks.PreprocessorSymbols(moniker).ToHashSet();

            Assert.Empty(("DEBUG TRACE " + defined).Split(' ').Except(symbols));
            Assert.Empty(symbols.Intersect(notDefined.Split(' ')));
        }

        [Theory]
        [InlineData("net48;net8.0;netstandard2.0", "net8.0")]
        [InlineData("netstandard2.0;net10.0;net8.0", "net10.0")]
        [InlineData("netstandard2.0", "netstandard2.0")]
        [InlineData(" net8.0 ; $(ExtraFramework) ", "net8.0")]
        public void Newest_modern_framework_of_a_list_is_scanned(string monikers, string expected)
        {
            Assert.Equal(expected, TargetFrameworks.Choose(monikers));
        }
    }
}
