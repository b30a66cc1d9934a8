using System.Linq;
using System.Threading.Tasks;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Tests.Infrastructure;

namespace RewardHack.Cli.Tests.Scanning
{
    /// <summary>Findings point at the real file and line, relative to the scan root, with a 1-based span.</summary>
    public class FindingLocationTests
    {
        [Fact]
        public async Task Finding_has_the_exact_span_and_message()
        {
            using var tree = new TempTree().Write("src/Money.cs", """
                public sealed class Money
                {
                    public decimal Amount { get; set; }

                    public override bool Equals(object? obj) => true;

                    public override int GetHashCode() => 0;
                }
                """);

            var finding = Assert.Single((await Scan.Of(tree.Root)).Findings);

            Assert.Equal("src/Money.cs", finding.Path);
            Assert.Equal(new SourceSpan(5, 26, 5, 32), finding.Span);
            Assert.Equal("'Money.Equals' always returns true, yet 'Money' has 1 field (Amount)", finding.Message);
        }

        [Fact]
        public async Task Line_directive_cannot_move_a_finding_to_another_file()
        {
            using var tree = new TempTree().Write("Money.cs", """
                #line 900 "Innocent.cs"
                public sealed class Money
                {
                    public decimal Amount { get; set; }

                    public override bool Equals(object? obj) => true;

                    public override int GetHashCode() => 0;
                }
                """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Money.cs:6 warning RH0001"], Scan.Lines(result));
        }
    }
}
