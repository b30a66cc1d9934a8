using System.Linq;
using RewardHack.Cli.Reporting;
using Xunit;

namespace RewardHack.Cli.Tests.Reporting
{
    public sealed class ReportWritersTests
    {
        [Fact]
        public void Every_format_is_registered_once_with_text_first()
        {
            Assert.Equal("text json sarif markdown github agent", string.Join(" ", ReportWriters.All.Select(w => w.Format)));
        }

        [Theory]
        [InlineData("text", typeof(TextReportWriter))]
        [InlineData("JSON", typeof(JsonReportWriter))]
        [InlineData("Sarif", typeof(SarifReportWriter))]
        [InlineData("markdown", typeof(MarkdownReportWriter))]
        [InlineData("github", typeof(GitHubReportWriter))]
        [InlineData("Agent", typeof(AgentReportWriter))]
        public void A_format_is_found_by_name_ignoring_case(string format, System.Type writer)
        {
            Assert.IsType(writer, ReportWriters.For(format));
        }

        [Theory]
        [InlineData("html")]
        [InlineData("")]
        public void An_unknown_format_has_no_writer(string format)
        {
            Assert.Null(ReportWriters.For(format));
        }
    }
}
