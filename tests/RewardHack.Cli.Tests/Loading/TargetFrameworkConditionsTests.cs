using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>Which MSBuild conditions the XML loader decides for the framework it compiles, and which it leaves undecided.</summary>
    public class TargetFrameworkConditionsTests
    {
        [Theory]
        [InlineData("'$(TargetFramework)' == 'net8.0'", true)]
        [InlineData(" '$(TargetFramework)'=='NET8.0' ", true)]
        [InlineData("'$(TargetFramework)' != 'net481'", true)]
        [InlineData("'$(TargetFramework)' == 'net481'", false)]
        [InlineData("'$(TargetFramework)' == 'net481' or '$(TargetFramework)' == 'net8.0'", true)]
        [InlineData("'$(TargetFramework)' != 'net481' AND '$(TargetFramework)' != 'net8.0'", false)]
        public void Conditions_on_the_target_framework_alone_are_decided(string condition, bool expected)
        {
            Assert.Equal(expected, TargetFrameworkConditions.Decide(condition, "net8.0"));
        }

        [Theory]
        [InlineData("'$(Configuration)' == 'Release'")]
        [InlineData("'$(TargetFramework)' == 'net8.0' and '$(OS)' == 'Windows_NT'")]
        [InlineData("$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'net6.0'))")]
        [InlineData("('$(TargetFramework)' == 'net8.0')")]
        [InlineData("'$(TargetFramework)' == 'net8.0' and '$(TargetFramework)' != 'net6.0' or '$(TargetFramework)' == 'net481'")]
        [InlineData("Exists('local.props')")]
        public void Other_conditions_stay_undecided(string condition)
        {
            Assert.Null(TargetFrameworkConditions.Decide(condition, "net8.0"));
        }

        [Fact]
        public void Without_a_target_framework_nothing_is_decided()
        {
            Assert.Null(TargetFrameworkConditions.Decide("'$(TargetFramework)' == 'net8.0'", null));
        }
    }
}
