using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class TestRunnerNamesTests
    {
        [Theory]
        [InlineData("xunit", "xunit")]
        [InlineData("xunit.core", "xunit")]
        [InlineData("Xunit.FactAttribute, xunit.core", "xunit")]
        [InlineData("XUNIT", "xunit")]
        [InlineData("nunit.framework", "nunit")]
        [InlineData("nunit3-console", "nunit")]
        [InlineData("nunitlite", "nunitlite")]
        [InlineData("MSTest.TestFramework", "mstest")]
        [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting", "Microsoft.VisualStudio.TestTools")]
        [InlineData("Microsoft.VisualStudio.TestPlatform.ObjectModel", "Microsoft.VisualStudio.TestPlatform")]
        [InlineData("Microsoft.TestPlatform.CoreUtilities", "Microsoft.TestPlatform")]
        [InlineData("Microsoft.Testing.Platform", "Microsoft.Testing.Platform")]
        [InlineData("testhost", "testhost")]
        [InlineData("testhost.x86", "testhost")]
        [InlineData("/usr/share/dotnet/testhost.dll", "testhost")]
        [InlineData("vstest.console", "vstest")]
        [InlineData("TUnit.Core", "TUnit")]
        [InlineData("ReSharperTestRunner64", "ReSharperTestRunner")]
        [InlineData("JetBrains.ReSharper.TaskRunner.CLR45.x64", "JetBrains.ReSharper.TaskRunner")]
        [InlineData("nCrunch.TestRunner", "NCrunch")]
        [InlineData("^(xunit|nunit)", "xunit")]
        public void Names_a_test_framework_runner_or_host(string text, string expected)
        {
            Assert.Equal(expected, TestRunnerNames.RunnerNameIn(text));
        }

        [Theory]
        [InlineData("OpportunityTracker")]   // contains "tunit" inside a word
        [InlineData("MyXunitHelpers")]       // "xunit" inside a longer name
        [InlineData("xunits")]
        [InlineData("contesthost")]        // "testhost" inside a word
        [InlineData("dotnet")]
        [InlineData("MyApp.Plugins")]
        [InlineData("test")]
        [InlineData("")]
        public void Does_not_name_a_runner(string text)
        {
            Assert.Null(TestRunnerNames.RunnerNameIn(text));
        }

        [Theory]
        [InlineData("VSTEST_HOST_DEBUG")]
        [InlineData("VSTEST_CONNECTION_TIMEOUT")]
        [InlineData("TESTINGPLATFORM_DIAGNOSTIC")]
        [InlineData("TESTINGPLATFORM_EXITCODE_IGNORE")]
        [InlineData("NCRUNCH")]
        [InlineData("ncrunch")]
        [InlineData("XUNIT_ANYTHING")]
        [InlineData("NUNIT_ANYTHING")]
        [InlineData("MSTEST_ANYTHING")]
        [InlineData("TUNIT_ANYTHING")]
        public void Recognises_variables_only_test_runners_set(string name)
        {
            Assert.True(TestRunnerNames.IsRunnerVariable(name));
            Assert.False(TestRunnerNames.IsCiVariable(name));
        }

        [Theory]
        [InlineData("CI")]
        [InlineData("GITHUB_ACTIONS")]
        [InlineData("TF_BUILD")]
        [InlineData("GITLAB_CI")]
        [InlineData("TEAMCITY_VERSION")]
        public void Generic_ci_variables_are_not_runner_variables(string name)
        {
            Assert.True(TestRunnerNames.IsCiVariable(name));
            Assert.False(TestRunnerNames.IsRunnerVariable(name));
        }

        [Theory]
        [InlineData("NO_COLOR")]
        [InlineData("ASPNETCORE_ENVIRONMENT")]
        [InlineData("DOTNET_ENVIRONMENT")]
        [InlineData("VSTEST")]               // the prefix needs its underscore
        [InlineData("PATH")]
        public void Other_variables_are_neither(string name)
        {
            Assert.False(TestRunnerNames.IsRunnerVariable(name));
            Assert.False(TestRunnerNames.IsCiVariable(name));
        }

        [Theory]
        [InlineData("Test")]
        [InlineData("tests")]
        [InlineData("ShouldAddTwoNumbers")]
        [InlineData("Adds_when_spec")]
        [InlineData("CalculatorTests.cs")]
        [InlineData("MyApp.Tests")]
        [InlineData("/src/MyApp.Tests/PriceTests.cs")]
        [InlineData("UnitTest1")]
        [InlineData("Fact")]
        [InlineData("Theory")]
        public void Finds_test_words(string text)
        {
            Assert.True(TestRunnerNames.HasTestWord(text));
            Assert.Equal(text, TestRunnerNames.TestLikeNameIn(text));
        }

        [Theory]
        [InlineData("GetLatestPrice")]
        [InlineData("Contest")]
        [InlineData("Attestation")]
        [InlineData("Specification")]
        [InlineData("Factory")]
        [InlineData("Total")]
        [InlineData("OnPropertyChanged")]
        [InlineData("")]
        public void Words_containing_test_letters_are_not_test_words(string text)
        {
            Assert.False(TestRunnerNames.HasTestWord(text));
            Assert.Null(TestRunnerNames.TestLikeNameIn(text));
        }

        [Fact]
        public void A_runner_name_is_test_like_by_its_name()
        {
            Assert.Equal("xunit", TestRunnerNames.TestLikeNameIn("xunit.execution"));
        }
    }
}
